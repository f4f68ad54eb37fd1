/** Application-wide producers (the clock). */
package org.cohesion.platform.config;
