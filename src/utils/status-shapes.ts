/**
 * The shapes of the evidence scale as SVG path data, so a status reads by shape as well as by
 * colour: corroborated ●, single source ▲, contested ◆, discounted ✕, no report found ○.
 */
export type StatusShape = 'circle' | 'triangle' | 'diamond' | 'cross' | 'ring';

const f = (n: number) => Number(n.toFixed(2));

/** Path data for a shape of radius r centred on (x, y). */
export function shapePath(shape: StatusShape, x: number, y: number, r: number): string {
	switch (shape) {
		case 'circle':
			return `M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
		case 'triangle':
			return `M${f(x)} ${f(y - r * 1.1)}L${f(x + r)} ${f(y + r * 0.8)}L${f(x - r)} ${f(y + r * 0.8)}Z`;
		case 'diamond':
			return `M${f(x)} ${f(y - r * 1.15)}L${f(x + r)} ${f(y)}L${f(x)} ${f(y + r * 1.15)}L${f(x - r)} ${f(y)}Z`;
		case 'ring': {
			// The inner circle runs the other way round, so it is a hole under the default fill rule.
			const i = r * 0.5;
			return (
				`M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0ZM${f(x - i)} ` +
				`${f(y)}a${f(i)} ${f(i)} 0 1 1 ${f(2 * i)} 0a${f(i)} ${f(i)} 0 1 1 ${f(-2 * i)} 0Z`
			);
		}
		case 'cross': {
			const a = r * 0.95;
			const w = r * 0.38;
			return (
				`M${f(x - a)} ${f(y - a + w)}L${f(x - a + w)} ${f(y - a)}L${f(x)} ${f(y - w)}L${f(x + a - w)} ` +
				`${f(y - a)}L${f(x + a)} ${f(y - a + w)}L${f(x + w)} ${f(y)}L${f(x + a)} ${f(y + a - w)}L${f(x + a - w)} ` +
				`${f(y + a)}L${f(x)} ${f(y + w)}L${f(x - a + w)} ${f(y + a)}L${f(x - a)} ${f(y + a - w)}L${f(x - w)} ${f(y)}Z`
			);
		}
	}
}
