/**
 * Use cases of working groups, each a transaction that checks the caller's right on the very group
 * it touches. Depends on workspace.domain, network.domain and platform.
 */
package org.cohesion.workspace.application;
