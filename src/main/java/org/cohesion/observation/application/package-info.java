/**
 * Services of the observatory: {@code ObservationImports} (stage, preview, commit, history), {@code
 * Catalogue} (territories, indicators, boundaries), {@code Dashboards} (territory, indicator,
 * group, map). Each public method checks the caller first.
 */
package org.cohesion.observation.application;
