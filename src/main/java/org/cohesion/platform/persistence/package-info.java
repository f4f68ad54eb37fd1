/**
 * The datasource, Flyway migrations at start-up and JPA converters. May use Jakarta EE,
 * MicroProfile Config, Flyway and the MariaDB driver only; it knows no feature.
 */
package org.cohesion.platform.persistence;
