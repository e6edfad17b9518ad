import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import type { PipelineSettings } from '../plugins/index.ts';
import type { RenderJob, RenderOutcome } from './render-job.ts';

/** What a render worker builds its processor from: the site processor's options and Astro's image config. */
export interface WorkerSettings {
  pipeline: PipelineSettings;
  image: AstroMarkdownOptions['image'];
  /** Where the workers keep V8's compiled code between builds (Node's compile cache), if anywhere. */
  compileCacheDir?: string;
}

/** A batch of briefs sent to a worker; `batch` is its index in the pool's list of batches. */
export interface WorkerRequest {
  batch: number;
  jobs: RenderJob[];
}

/** A worker's message: ready to render, or the outcomes of a batch, in the batch's order. */
export type WorkerReply = { ready: true } | { batch: number; outcomes: RenderOutcome[] };
