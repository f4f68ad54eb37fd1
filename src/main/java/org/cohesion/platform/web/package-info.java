/**
 * What every page shares: layout beans, language (saved through {@code AccountDirectory}), messages
 * from the bundles, error handling, security headers, lazy tables. May use platform.domain,
 * platform.security and platform.audit; it knows no feature.
 */
package org.cohesion.platform.web;
