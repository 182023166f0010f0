/**
 * Web infrastructure shared by every page: flash messages, error pages, request
 * correlation ids.
 */
@org.springframework.modulith.NamedInterface("web")
package org.parley.shared.web;
