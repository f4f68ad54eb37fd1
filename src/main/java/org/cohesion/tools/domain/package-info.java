/**
 * The thesaurus ({@link org.cohesion.tools.domain.Concept}, SKOS rules in {@link
 * org.cohesion.tools.domain.SkosCheck}), documents and their versions ({@link
 * org.cohesion.tools.domain.ToolDocument}, {@link org.cohesion.tools.domain.DocumentVersion}), who
 * may read or change them ({@link org.cohesion.tools.domain.DocumentAccess}), and what a file is,
 * read from its content ({@link org.cohesion.tools.domain.FileInspector}, {@link
 * org.cohesion.tools.domain.TextExtractor}, Apache Tika and PDFBox). Plain Java and JPA mappings.
 * May use workspace.domain (the group a document is in), network.domain (who uploaded),
 * platform.domain and platform.security only.
 */
package org.cohesion.tools.domain;
