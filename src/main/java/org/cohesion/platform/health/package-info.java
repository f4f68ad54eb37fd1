/** MicroProfile Health checks (readiness: the database answers). */
package org.cohesion.platform.health;
