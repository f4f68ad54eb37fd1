/**
 * Use cases on people, each a transaction: the directory, the administration of members, accounts,
 * bodies and themes, one's own settings, the first administrator. May use network.domain and
 * platform.
 */
package org.cohesion.network.application;
