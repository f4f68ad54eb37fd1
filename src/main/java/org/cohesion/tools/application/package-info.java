/**
 * Services of the document centre: {@code Thesaurus} (concepts, the picker, administration, SKOS
 * import and export, the expansion of a concept for search), {@code Documents} (upload, versions,
 * metadata, lists, downloads and their counts, the read for a search index). Each public method
 * checks the caller first. May use tools.domain, tools.infrastructure, workspace's application (a
 * group's access) and domain, network.domain and platform.
 */
package org.cohesion.tools.application;
