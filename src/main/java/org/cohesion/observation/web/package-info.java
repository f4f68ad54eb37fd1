/**
 * Pages of the observatory (/observation/*.xhtml), their charts (Chart.js JSON) and exports, and
 * the dashboard section of a group's page (which gets the group's id from the page). May use
 * observation.application, observation.domain and platform.
 */
package org.cohesion.observation.web;
