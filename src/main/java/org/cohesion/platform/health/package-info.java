/**
 * Health: the database readiness check, served cheaply at /health/ready by our own servlet and also
 * listed among MicroProfile Health's checks at /health. May use platform.persistence and
 * MicroProfile Health only; it knows no feature.
 */
package org.cohesion.platform.health;
