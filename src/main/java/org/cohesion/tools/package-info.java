/**
 * The document centre (issue 12): the network's SKOS thesaurus, administered by staff, and the
 * documents of the working groups' « Outils méthodologiques » and of the network library, with
 * their versions, files (kept in the database), extracted text, previews and download counts.
 * Layers: {@code domain} (entities, access rules, file inspection with Tika, SKOS checks; no server
 * needed), {@code application} (services, the transaction boundary), {@code infrastructure} (the
 * file store over plain JDBC), {@code web} (pages and the download servlet), {@code demo} (the demo
 * thesaurus). May use {@code platform}, {@code workspace} (a group's access) and {@code network}
 * (who uploaded, the themes).
 */
package org.cohesion.tools;
