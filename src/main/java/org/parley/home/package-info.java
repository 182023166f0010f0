/**
 * The start page: what a signed-in user sees first.
 */
package org.parley.home;
