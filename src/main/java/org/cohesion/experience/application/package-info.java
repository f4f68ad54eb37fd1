/**
 * The use cases of experience sheets, each a transaction that checks the caller's right on the very
 * sheet: writing, review, confidentiality, catalogue, comparison, comments, and the sheets' {@link
 * org.cohesion.platform.search.SearchSource}. May use the application services and domains of
 * tools, workspace, network, observation, and the platform.
 */
package org.cohesion.experience.application;
