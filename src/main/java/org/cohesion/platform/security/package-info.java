/**
 * Authentication with Shiro (realm, sign-in with throttling, argon2id passwords) and the caller as
 * services see it. Knows no feature: accounts come through AccountDirectory.
 */
package org.cohesion.platform.security;
