/**
 * What every page shares: layout beans, language, messages from the bundles, error handling,
 * security headers, lazy tables.
 */
package org.cohesion.platform.web;
