/**
 * The one script that must run before the first paint: it applies the reader's saved theme and
 * annotation level, so a dark-theme reader never sees a light flash. It travels inside <head>
 * (no request of its own before the first words) and the Content-Security-Policy admits it by its
 * hash (src/deploy/inline-hashes.ts). The page's own data-annotations is the edition's default.
 */
import { ANNOTATION_LEVEL_IDS } from '../utils/annotation-levels.ts';

export const THEME_INIT_SCRIPT =
	`try{var d=document.documentElement,t=localStorage.getItem('rd-theme'),a=localStorage.getItem('rd-annotations');` +
	`if(t==='light'||t==='dark')d.dataset.theme=t;` +
	`if(${JSON.stringify(ANNOTATION_LEVEL_IDS)}.indexOf(a)>=0)d.dataset.annotations=a}catch(e){}`;
