/**
 * Observation of the territories: territorial units and their groupings, the indicator catalogue,
 * observed values imported from French open-data CSV files, and the dashboards and map built on
 * them (issue 5, docs/observation.md). Layers: {@code domain} (entities, the CSV parser, access
 * rules; no server needed), {@code application} (services, the transaction boundary), {@code
 * infrastructure} (plain JDBC for the million-row paths), {@code web} (pages), {@code api} (import
 * progress). May use {@code platform} and {@code workspace} (a group's pins and access).
 */
package org.cohesion.observation;
