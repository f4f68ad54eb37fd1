/**
 * Pages of working groups: home (my groups), group page, directory, group editing. Calls
 * workspace.application only.
 */
package org.cohesion.workspace.web;
