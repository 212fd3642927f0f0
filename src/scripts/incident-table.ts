/**
 * The incident index's filters and sorting. Column headers become sort buttons (aria-sort), and the
 * caption says the order. A row of filters (year, type, place, evidence, claimant), built from the
 * table's own data, hides the rows that do not match and, with them, the incidents' marks on the
 * timeline and the map (`[data-incident]`). The filters live in the address
 * (`?status=contested&year=2010`), so a filtered view can be shared, and the back button restores
 * the previous one. Everything reads in full without this script.
 */
import { count } from '../utils/count.ts';

const table = document.querySelector<HTMLTableElement>('[data-incident-table]');
if (table) {
	const body = table.tBodies[0]!;
	const rows = [...body.rows];
	const initialOrder = [...rows];
	const headers = [...table.tHead!.rows[0]!.cells];
	const caption = table.caption!;
	const captionBase = caption.textContent!.replace(/,[^,]*$/, '');
	const marks = [...document.querySelectorAll<SVGElement | HTMLElement>('.rd-chart [data-incident]')];
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
				const order =
					kind === 'date' ? Number(x) - Number(y) : x.localeCompare(y, 'en') || initialOrder.indexOf(a) - initialOrder.indexOf(b);
				return ascending ? order : -order;
			});
			body.append(...sorted);
			const [up, down] = (th.dataset.orderWords ?? 'A to Z|Z to A').split('|');
			// The header's words, without the markup's line breaks.
			const column = button.textContent!.replace(/\s+/g, ' ').trim().toLowerCase();
			caption.textContent =
				kind === 'date' ? `${captionBase}, ${ascending ? up : down}` : `${captionBase}, by ${column}, ${ascending ? up : down}`;
		});
	});

	const split = (value: string | undefined, by: string) => (value ? value.split(by) : []);
	const filters: { key: string; label: string; options: [string, string][] }[] = [
		{ key: 'year', label: 'Year', options: rows.flatMap((row) => split(row.dataset.year, ' ').map((y): [string, string] => [y, y])) },
		{ key: 'type', label: 'Type', options: rows.map((row): [string, string] => [row.dataset.type!, row.dataset.type!]) },
		{
			key: 'place',
			label: 'Place',
			options: rows.filter((row) => row.dataset.place).map((row): [string, string] => [row.dataset.place!, row.dataset.place!]),
		},
		{ key: 'status', label: 'Evidence', options: rows.map((row): [string, string] => [row.dataset.status!, row.dataset.statusLabel!]) },
		{
			key: 'claimant',
			label: 'Claims by',
			options: rows.flatMap((row) => {
				const names = split(row.dataset.claimantNames, '|');
				return split(row.dataset.claimant, ' ').map((id, i): [string, string] => [id, names[i] ?? id]);
			}),
		},
	];
	const form = document.createElement('form');
	form.className = 'rd-filters';
	form.setAttribute('aria-label', 'Filter the incidents: timeline, map and table');
	const selects = filters.map(({ key, label, options }) => {
		const select = document.createElement('select');
		select.name = key;
		const unique = [...new Map(options).entries()].sort((a, b) => a[1].localeCompare(b[1], 'en'));
		select.append(new Option('All', ''), ...unique.map(([value, text]) => new Option(text, value)));
		const wrapper = document.createElement('label');
		wrapper.append(`${label} `, select);
		form.append(wrapper);
		return select;
	});
	const reset = document.createElement('button');
	reset.type = 'reset';
	reset.textContent = 'Show all';
	form.append(reset);

	const matches = (row: HTMLTableRowElement) =>
		selects.every((select) => {
			if (!select.value) return true;
			const field = row.dataset[select.name] ?? '';
			return select.name === 'year' || select.name === 'claimant' ? field.split(' ').includes(select.value) : field === select.value;
		});
	const apply = () => {
		const shown = new Set<string>();
		for (const row of rows) {
			const match = matches(row);
			row.hidden = !match;
			if (match) shown.add(row.dataset.incident!);
		}
		for (const mark of marks) {
			const out = !shown.has(mark.dataset.incident!);
			mark.classList.toggle('rd-filtered-out', out);
			if (out) mark.setAttribute('tabindex', '-1');
			else mark.removeAttribute('tabindex');
			if (out) mark.setAttribute('aria-hidden', 'true');
			else mark.removeAttribute('aria-hidden');
		}
		status.textContent = `${shown.size} of ${count(rows.length, 'incident', 'incidents')} shown`;
	};
	/** The filters as the address says them; values the data does not have are ignored. */
	const fromAddress = () => {
		const params = new URLSearchParams(location.search);
		for (const select of selects) {
			const value = params.get(select.name) ?? '';
			select.value = [...select.options].some((option) => option.value === value) ? value : '';
		}
		apply();
	};
	const toAddress = () => {
		const params = new URLSearchParams(location.search);
		for (const select of selects) {
			if (select.value) params.set(select.name, select.value);
			else params.delete(select.name);
		}
		const query = params.toString();
		const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
		if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
	};
	form.addEventListener('change', () => {
		apply();
		toAddress();
	});
	form.addEventListener('reset', () => {
		// After the form has reset its fields.
		setTimeout(() => {
			apply();
			toAddress();
		});
	});
	window.addEventListener('popstate', fromAddress);
	const slot = document.querySelector('[data-incident-filters]') ?? table.closest('.rd-table-wrap')!;
	slot.append(form, status);
	fromAddress();
}
