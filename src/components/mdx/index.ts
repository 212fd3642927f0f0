/** Components that authors may use in a part's MDX without importing them. */
import Standfirst from './Standfirst.astro';
import PhotoCaption from './PhotoCaption.astro';
import SeriesNote from './SeriesNote.astro';
import LostLink from './LostLink.astro';
import LostAddress from './LostAddress.astro';

export const mdxComponents = { Standfirst, PhotoCaption, SeriesNote, LostLink, LostAddress };
