/**
 * Three small modules for {@code ModularityTest}: they prove that a dependency a module
 * has not declared, or a reach into another module's internals, fails Spring Modulith's
 * {@code verify()} as the application's modules are declared.
 */
package org.parley.modulithcheck;
