/** A pipeline step executor that passes calls to a session and keeps its results (the runner sees only GenerateResult). */
import type { PipelineSession, SessionCallResult } from "../pipelines/pipeline-session.js";
import type { GenerateOptions, PromptPart } from "../agents/prompt.js";
import type { StepExecutor } from "../pipelines/suite/pipeline-runner.js";

export class Recorder implements StepExecutor {
  calls: SessionCallResult[] = [];
  constructor(private readonly session: PipelineSession) {}
  async generate(agentName: string, parts: PromptPart[], opts: GenerateOptions): Promise<SessionCallResult> {
    const r = await this.session.generate(agentName, parts, opts);
    this.calls.push(r);
    return r;
  }
}
