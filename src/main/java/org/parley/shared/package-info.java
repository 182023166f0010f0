/**
 * Value types and infrastructure every module may use: the clock, not-found and
 * keyset-page types, error pages and request correlation, the locks that run a scheduled
 * job on one instance only ({@link org.parley.shared.JobLocks}). Depends on no other
 * module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", allowedDependencies = {})
package org.parley.shared;
