/**
 * Commands an administrator runs outside the server, against the database: {@link
 * org.cohesion.decisions.cli.VerifyRegister}. Plain JDBC, no container. May use
 * decisions.infrastructure and decisions.domain only.
 */
package org.cohesion.decisions.cli;
