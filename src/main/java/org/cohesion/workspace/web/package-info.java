/**
 * Pages of working groups: home (my groups), group page, directory, group editing. May use
 * workspace.application, workspace.domain, network's application (the themes and members offered)
 * and domain, and platform.
 */
package org.cohesion.workspace.web;
