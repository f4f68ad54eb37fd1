/**
 * Plain JDBC for the paths that meet a million rows: {@code ObservationStore} reads the dashboards'
 * values and writes an import's upsert in batches. Used by the services (inside their transaction)
 * and by the benchmark (bench/observation.sh) alike. May use observation.domain and java.sql only.
 */
package org.cohesion.observation.infrastructure;
