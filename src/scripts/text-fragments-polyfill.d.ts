// The fragment generator ships as JavaScript without types; only what quote.ts uses is declared.
declare module 'text-fragments-polyfill/dist/fragment-generation-utils.js' {
	export const GenerateFragmentStatus: { SUCCESS: 0 };
	export function generateFragmentFromRange(range: Range): {
		status: number;
		fragment?: { textStart: string; textEnd?: string; prefix?: string; suffix?: string };
	};
}
