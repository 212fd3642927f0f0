/**
 * Enhances the incident table: column headers become sort buttons (aria-sort), and a row of
 * filters (year, type, place, evidence, claimant) built from the table's own data hides rows that
 * do not match. The table works and reads in full without this script.
 */
const table = document.querySelector<HTMLTableElement>('[data-incident-table]');
if (table) {
	const body = table.tBodies[0]!;
	const rows = [...body.rows];
	const headers = [...table.tHead!.rows[0]!.cells];
	const status = document.createElement('p');
	status.className = 'rd-table-status';
	status.setAttribute('role', 'status');

	const cellValue = (row: HTMLTableRowElement, index: number) => {
		const cell = row.cells[index]!;
		return cell.dataset.value ?? cell.textContent!.trim();
	};

	headers.forEach((th, index) => {
		const kind = th.dataset.sort;
		if (!kind) return;
		const button = document.createElement('button');
		button.type = 'button';
		button.textContent = th.textContent;
		th.textContent = '';
		th.append(button);
		button.addEventListener('click', () => {
			const ascending = th.getAttribute('aria-sort') !== 'ascending';
			for (const other of headers) other.removeAttribute('aria-sort');
			th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
			const sorted = [...rows].sort((a, b) => {
				const x = cellValue(a, index);
				const y = cellValue(b, index);
				const order = kind === 'date' ? Number(x) - Number(y) : x.localeCompare(y, 'en');
				return ascending ? order : -order;
			});
			body.append(...sorted);
		});
	});

	const filters: { key: string; label: string; values: string[] }[] = [
		{ key: 'year', label: 'Year', values: rows.flatMap((row) => row.dataset.year!.split(' ')) },
		{ key: 'type', label: 'Type', values: rows.map((row) => row.dataset.type!) },
		{ key: 'place', label: 'Place', values: rows.map((row) => row.dataset.place!).filter(Boolean) },
		{ key: 'status', label: 'Evidence', values: rows.map((row) => row.dataset.status!) },
		{ key: 'claimant', label: 'Claims by', values: rows.flatMap((row) => row.dataset.claimant!.split('|')).filter(Boolean) },
	];
	const form = document.createElement('form');
	form.className = 'rd-filters';
	form.setAttribute('aria-label', 'Filter the incidents');
	const selects = filters.map(({ key, label, values }) => {
		const select = document.createElement('select');
		select.name = key;
		select.append(new Option(`All`, ''), ...[...new Set(values)].sort().map((value) => new Option(value.replace(/-/g, ' '), value)));
		const wrapper = document.createElement('label');
		wrapper.append(`${label} `, select);
		form.append(wrapper);
		return select;
	});
	const apply = () => {
		let shown = 0;
		for (const row of rows) {
			const match = selects.every((select) => {
				if (!select.value) return true;
				const field = row.dataset[select.name] ?? '';
				return select.name === 'year' ? field.split(' ').includes(select.value) : select.name === 'claimant' ? field.split('|').includes(select.value) : field === select.value;
			});
			row.hidden = !match;
			if (match) shown++;
		}
		status.textContent = `${shown} of ${rows.length} incidents shown`;
	};
	form.addEventListener('change', apply);
	table.closest('.rd-table-wrap')!.before(form, status);
	apply();
}
