/**
 * What templates see: records, and nothing else. The template engine's object wrapper exposes the components of
 * these records and no other member of any class, so a template cannot reach a method, a file or a class outside
 * this package. The README's template reference documents every component; a test holds the two in step.
 */
package org.amicus.render.view;
