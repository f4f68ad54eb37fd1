/**
 * The demo data set of the 2008 year. The one place of platform that knows every feature: it seeds
 * them all.
 */
package org.cohesion.platform.demo;
