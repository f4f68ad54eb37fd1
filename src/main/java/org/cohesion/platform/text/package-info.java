/**
 * Text algorithms shared by the features that co-write: {@link org.cohesion.platform.text.Diff3},
 * the three-way merge of sequences used by minutes (blocks of a section) and experience sheets
 * (paragraphs of a part). Pure Java on java-diff-utils. May use no other package of the
 * application.
 */
package org.cohesion.platform.text;
