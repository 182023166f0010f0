/**
 * The four demo cases of the domain brief, loaded with the {@code demo} profile through
 * the same services as the pages.
 */
package org.parley.negotiation.demo;
