// The guided session's timing, as plain functions over plain data: no DOM, no timers, no clock of its own.
// Every function takes the time as `now` (milliseconds) and returns a new state. The player runs on deadlines:
// each segment ends at a fixed time, and the next one's deadline is chained on to it, so a hidden or throttled
// tab catches up to the right point and a run without pauses takes exactly the planned total.

/** Flattens the server's plan (steps, each with its segments) into one list of timed segments. */
export function timeline(plan) {
  const segments = [];
  const steps = [];
  let offset = 0;
  plan.steps.forEach((step, stepIndex) => {
    const first = segments.length;
    let workMs = 0;
    for (const segment of step.segments) {
      segments.push({ ...segment, step: stepIndex, start: offset * 1000, ms: segment.seconds * 1000 });
      offset += segment.seconds;
      if (segment.type === 'work') {
        workMs += segment.seconds * 1000;
      }
    }
    steps.push({ index: stepIndex, first, last: segments.length - 1, workMs });
  });
  return { plan, segments, steps, totalMs: offset * 1000 };
}

/** Before Start: the first segment, full length. */
export function initial(tl) {
  return {
    status: 'ready', // ready | running | paused | hurt | ended
    index: 0, // the current segment
    deadline: 0, // when running: the time the current segment ends
    remaining: tl.segments[0].ms, // when not running: what is left of the current segment
    checkpoint: 0, // when running: up to when time has been credited
    activeMs: 0, // time spent running, pauses not counted
    worked: tl.steps.map(() => 0), // time spent in each step's work segments
    hurts: [], // { step, exercise } for each "This hurts"
    easier: [], // steps switched to their easier version
    skipped: [], // steps skipped after "This hurts"
    startedAt: null,
    endedAt: null,
  };
}

function copy(state) {
  return { ...state, worked: [...state.worked], hurts: [...state.hurts], easier: [...state.easier],
    skipped: [...state.skipped] };
}

/** Counts the running time since the last checkpoint, up to `upTo`, towards the session and the current step. */
function credit(state, tl, upTo) {
  if (state.status !== 'running') {
    return;
  }
  const spent = upTo - state.checkpoint;
  if (spent > 0) {
    state.activeMs += spent;
    const segment = tl.segments[state.index];
    if (segment.type === 'work') {
      state.worked[segment.step] += spent;
    }
  }
  state.checkpoint = upTo;
}

export function start(state, tl, now) {
  if (state.status !== 'ready') {
    return state;
  }
  const s = copy(state);
  s.status = 'running';
  s.index = 0;
  s.deadline = now + tl.segments[0].ms;
  s.checkpoint = now;
  s.startedAt = now;
  return s;
}

/**
 * Moves past every segment whose deadline has gone by; each next deadline is the previous one plus the segment's
 * length, never "now" plus it, so late timers don't add up to drift. The session ends at its last deadline.
 */
export function advance(state, tl, now) {
  if (state.status !== 'running' || now < state.deadline) {
    return state;
  }
  const s = copy(state);
  while (s.status === 'running' && now >= s.deadline) {
    credit(s, tl, s.deadline);
    if (s.index + 1 >= tl.segments.length) {
      s.status = 'ended';
      s.endedAt = s.deadline;
      s.remaining = 0;
    }
    else {
      s.index += 1;
      s.deadline += tl.segments[s.index].ms;
    }
  }
  return s;
}

export function pause(state, tl, now) {
  const s = copy(advance(state, tl, now));
  if (s.status !== 'running') {
    return s;
  }
  credit(s, tl, now);
  s.status = 'paused';
  s.remaining = s.deadline - now;
  return s;
}

export function resume(state, tl, now) {
  if (state.status !== 'paused') {
    return state;
  }
  const s = copy(state);
  s.status = 'running';
  s.deadline = now + s.remaining;
  s.checkpoint = now;
  return s;
}

export function togglePause(state, tl, now) {
  return (state.status === 'paused') ? resume(state, tl, now) : pause(state, tl, now);
}

/** Goes to the start of segment `index`, running or paused as before (a choice after "This hurts" runs). */
function jump(state, tl, now, index) {
  const s = copy(advance(state, tl, now));
  if (s.status === 'hurt') {
    s.status = 'running';
    s.checkpoint = now;
  }
  if (s.status !== 'running' && s.status !== 'paused') {
    return s;
  }
  credit(s, tl, now);
  s.index = index;
  if (s.status === 'running') {
    s.deadline = now + tl.segments[index].ms;
    s.checkpoint = now;
  }
  else {
    s.remaining = tl.segments[index].ms;
  }
  return s;
}

export function currentStep(state, tl) {
  return tl.segments[state.index].step;
}

/** The next step from its get-ready countdown; after the last step, the end. */
export function next(state, tl, now) {
  const s = advance(state, tl, now);
  const step = currentStep(s, tl);
  if (step + 1 >= tl.steps.length) {
    return end(s, tl, now);
  }
  return jump(s, tl, now, tl.steps[step + 1].first);
}

/** The previous step from its start (the first step starts again). */
export function previous(state, tl, now) {
  const s = advance(state, tl, now);
  return jump(s, tl, now, tl.steps[Math.max(0, currentStep(s, tl) - 1)].first);
}

export function restartStep(state, tl, now) {
  const s = advance(state, tl, now);
  return jump(s, tl, now, tl.steps[currentStep(s, tl)].first);
}

export function end(state, tl, now) {
  const s = copy(advance(state, tl, now));
  if (s.status === 'ended') {
    return s;
  }
  credit(s, tl, now);
  s.status = 'ended';
  s.endedAt = now;
  s.remaining = 0;
  return s;
}

/** "This hurts": the exercise stops at once and the timer waits for the person's choice. */
export function hurt(state, tl, now) {
  const s = copy(advance(state, tl, now));
  if (s.status !== 'running' && s.status !== 'paused') {
    return s;
  }
  credit(s, tl, now);
  const step = currentStep(s, tl);
  s.hurts.push({ step, exercise: tl.plan.steps[step].slug });
  s.remaining = remainingMs(s, now);
  s.status = 'hurt';
  return s;
}

/** After "This hurts": the same step again from its get-ready, in its easier version. */
export function chooseEasier(state, tl, now) {
  if (state.status !== 'hurt') {
    return state;
  }
  const step = currentStep(state, tl);
  const s = jump(state, tl, now, tl.steps[step].first);
  if (!s.easier.includes(step)) {
    s.easier.push(step);
  }
  return s;
}

/** After "This hurts": the step counts as skipped and the next one starts. */
export function chooseSkip(state, tl, now) {
  if (state.status !== 'hurt') {
    return state;
  }
  const s = copy(state);
  const step = currentStep(s, tl);
  if (!s.skipped.includes(step)) {
    s.skipped.push(step);
  }
  return next(s, tl, now);
}

/** What is left of the current segment. */
export function remainingMs(state, now) {
  if (state.status === 'running') {
    return Math.max(0, state.deadline - now);
  }
  return (state.status === 'ended') ? 0 : state.remaining;
}

/**
 * What the screen shows at `now` (after `advance`): the segment, the step, and the "beat" the big counter counts.
 * In a work segment reps follow one another every `secondsPerRep` (tempo, then hold): with a hold the counter
 * counts the hold down (after the tempo: "ease in" on the first rep, "relax" on the others); without one it shows
 * the rep number.
 */
export function view(state, tl, now) {
  const segment = tl.segments[state.index];
  const step = tl.plan.steps[segment.step];
  const left = remainingMs(state, now);
  const elapsed = segment.ms - left;
  let beat;
  let rep = 0;
  if (segment.type === 'work') {
    const perRep = step.secondsPerRep * 1000;
    rep = Math.min(segment.reps, Math.floor(elapsed / perRep) + 1);
    const inRep = Math.min(perRep, elapsed - (rep - 1) * perRep);
    const tempo = step.tempoSeconds * 1000;
    if (step.holdSeconds > 0 && inRep < tempo) {
      // The first rep eases into the position; every later one first lets go of the hold before it.
      beat = { kind: (rep > 1) ? 'relax' : 'move', left: tempo - inRep, length: tempo };
    }
    else if (step.holdSeconds > 0) {
      beat = { kind: 'hold', left: perRep - inRep, length: step.holdSeconds * 1000 };
    }
    else {
      beat = { kind: 'rep', left: perRep - inRep, length: perRep };
    }
  }
  else {
    beat = { kind: segment.type, left, length: segment.ms };
  }
  const seconds = Math.ceil(beat.left / 1000);
  return {
    status: state.status,
    index: state.index,
    segment,
    stepIndex: segment.step,
    step,
    rep,
    beat: beat.kind,
    count: (beat.kind === 'rep') ? rep : seconds,
    seconds,
    fraction: (beat.length > 0) ? Math.min(1, Math.max(0, 1 - beat.left / beat.length)) : 1,
    beatLeftMs: beat.left,
    beatMs: beat.length,
    segmentLeftMs: left,
    sessionLeftMs: (state.status === 'ended') ? 0 : left + tl.totalMs - (segment.start + segment.ms),
  };
}

/** Milliseconds until the screen next changes: the next whole second of the current beat. */
export function untilNextChange(state, tl, now) {
  const v = view(state, tl, now);
  const toSecond = v.beatLeftMs % 1000;
  return Math.max(1, Math.min(toSecond === 0 ? 1000 : toSecond, v.segmentLeftMs || 1000));
}

/**
 * The session as it went: time spent (pauses not counted) and, for each step, whether it was done. A step is done
 * when at least half of its work time was spent on it and it wasn't skipped after "This hurts".
 */
export function summary(state, tl) {
  const steps = tl.steps.map((step) => {
    const skipped = state.skipped.includes(step.index) || state.worked[step.index] < step.workMs / 2;
    return {
      index: step.index,
      exercise: tl.plan.steps[step.index].slug,
      done: !skipped,
      hurt: state.hurts.some((h) => h.step === step.index),
      easier: state.easier.includes(step.index),
    };
  });
  return { durationSeconds: Math.round(state.activeMs / 1000), steps };
}

/** The body of POST /api/routines/{id}/completions for this session. */
export function completion(state, tl, painBefore, painAfter, date) {
  const result = summary(state, tl);
  return {
    durationSeconds: result.durationSeconds,
    painBefore,
    painAfter,
    date,
    skippedSteps: result.steps.filter((step) => !step.done).map((step) => step.index),
    hurts: state.hurts.map((h) => ({ step: h.step, exercise: h.exercise,
      choice: state.easier.includes(h.step) && !state.skipped.includes(h.step) ? 'easier' : 'skip' })),
  };
}
