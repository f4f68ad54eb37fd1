/**
 * Authentication with Shiro (realm, sign-in with throttling, argon2id passwords), the caller as
 * services see it, and {@link org.cohesion.platform.security.CallerPolicy}, the shape of every
 * feature's "who calls and what may they do". Accounts come through {@link
 * org.cohesion.platform.security.AccountDirectory}, which the network feature implements. May use
 * platform.domain and platform.audit; it knows no feature.
 */
package org.cohesion.platform.security;
