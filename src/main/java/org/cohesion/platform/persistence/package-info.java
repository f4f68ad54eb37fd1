/** The datasource, Flyway migrations at start-up and JPA converters. */
package org.cohesion.platform.persistence;
