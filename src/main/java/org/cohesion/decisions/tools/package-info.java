/**
 * Commands an administrator runs outside the server, against the database: {@link
 * org.cohesion.decisions.tools.VerifyRegister}. Plain JDBC, no container.
 */
package org.cohesion.decisions.tools;
