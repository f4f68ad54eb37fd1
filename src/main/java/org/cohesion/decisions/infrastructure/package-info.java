/**
 * Plain JDBC over the register: the streaming chain verification shared by the application (the
 * page and the REST endpoint) and the administrator's command ({@code decisions.cli}). May use
 * decisions.domain and java.sql only, so it runs outside the server.
 */
package org.cohesion.decisions.infrastructure;
