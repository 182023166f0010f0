package org.parley.armedgroup;

import java.util.List;

import org.parley.protection.SealedColumn;
import org.parley.protection.SealedColumns;

import org.springframework.stereotype.Component;

/** The registry's sealed columns: what identifies and reaches an interlocutor. */
@Component
class RegistrySealedColumns implements SealedColumns {

	@Override
	public List<SealedColumn> sealedColumns() {
		return Interlocutor.SEALED;
	}

}
