/**
 * Application-wide producers (the clock). May use the JDK and Jakarta EE only; it knows no feature.
 */
package org.cohesion.platform.config;
