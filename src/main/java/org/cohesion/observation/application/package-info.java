/**
 * Services of the observatory: {@code ObservationImports} (stage, preview, commit, history), {@code
 * Catalogue} (territories, indicators, boundaries), {@code Dashboards} (territory, indicator,
 * group, map). Each public method checks the caller first, through {@code ObservationCallers}. May
 * use observation.domain, observation.infrastructure, workspace's application (a group's access)
 * and domain, network.domain and platform.
 */
package org.cohesion.observation.application;
