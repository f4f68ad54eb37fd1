/**
 * Use cases on people: the directory, the administration of members and accounts, one's own
 * settings, the first administrator.
 */
package org.cohesion.network.application;
