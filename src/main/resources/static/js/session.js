// The guided session player. The page carries the routine's timed plan as JSON (#session-plan); the timing itself
// lives in session-timer.js as plain functions. This module only draws the state, makes the sounds, and turns
// buttons and keys into calls of those functions.
import * as timer from './session-timer.js';
import * as offline from './offline-log.js';

const STORAGE_MUTED = 'limber.session.muted';
const STORAGE_VOICE = 'limber.session.voice';

/** Kinds of beat the counter counts down in seconds, with beeps for the last three and the end. */
const COUNTDOWNS = new Set(['get-ready', 'hold', 'rest', 'switch-sides']);

const root = document.getElementById('session');
const island = document.getElementById('session-plan');
if (root && island) {
  player(root, JSON.parse(island.textContent));
}

function player(root, plan) {
  const tl = timer.timeline(plan);
  const words = plan.messages;
  const $ = (id) => document.getElementById(id);
  const ui = {
    intro: $('session-intro'), start: $('session-start'), overview: $('overview'), player: $('player'),
    hurt: $('hurt'), end: $('end'), phase: $('player-phase'), step: $('player-step'), left: $('player-left'),
    progress: $('player-progress'), name: $('player-name'), dose: $('player-dose'), figure: $('player-figure'),
    picture: $('player-picture'), stillStart: $('player-still-start'), stillEnd: $('player-still-end'),
    timer: $('player-timer'), ring: $('player-ring'), count: $('player-count'), of: $('player-of'),
    label: $('player-label'), position: $('player-position'), cues: $('player-cues'), easier: $('player-easier'),
    note: $('player-note'), next: $('player-next'), announce: $('player-announce'), pause: $('btn-pause'),
    mute: $('btn-mute'), sound: $('btn-sound'), voice: $('btn-voice'), voicePlayer: $('btn-voice-player'),
    endAsk: $('end-ask'), hurtEasier: $('hurt-easier'), easierButton: $('btn-easier'), endTime: $('end-time'),
    endSummary: $('end-summary'), endSteps: $('end-steps'), logForm: $('log-form'), logError: $('log-error'),
    logButton: $('btn-log'), painBefore: $('pain-before'), painAfter: $('pain-after'), rate: $('player-rate'),
    rateTemplate: $('rate-template'), rateHurtTemplate: $('rate-hurt-template'),
  };
  /** Ratings given during a rest, by step index: 'easy' or 'hard' (none is "about right"). */
  const ratedDuringRest = new Map();

  let state = timer.initial(tl);
  let scheduled = null;
  let shown = { index: -1, step: -1, beat: '', rep: -1, seconds: -1, easier: false, at: 0, status: '' };
  let painBefore = null;
  let resumeAfterAsk = false;
  const audio = sounds();
  const speech = voice();
  const wake = wakeLock();

  ui.start.hidden = false;
  ui.progress.max = tl.totalMs / 1000;
  syncSoundButtons();

  const now = () => Date.now();
  const playing = () => state.status === 'running' || state.status === 'paused';

  /**
   * Applies one of the timer's functions now, then redraws and plans the next redraw. `jumped`: the person acted
   * (no end-of-beat sounds); `moved`: they moved to a step or back to its start, which is announced again.
   */
  function act(change, jumped = true, moved = false) {
    state = change(state, tl, now());
    draw(jumped, moved);
    schedule();
    wake.sync(state.status === 'running');
  }

  function tick() {
    act(timer.advance, false);
  }

  function schedule() {
    clearTimeout(scheduled);
    if (state.status === 'running') {
      scheduled = setTimeout(tick, timer.untilNextChange(state, tl, now()));
    }
  }

  // --- Drawing ---------------------------------------------------------------------------------------------------

  function draw(jumped, moved = false) {
    const at = now();
    if (state.status === 'ended') {
      finish();
      return;
    }
    ui.hurt.hidden = state.status !== 'hurt';
    ui.player.hidden = state.status === 'hurt';
    if (state.status === 'hurt') {
      if (shown.status !== 'hurt') {
        showHurt();
      }
      shown.status = 'hurt';
      return;
    }
    const v = timer.view(state, tl, at);
    const easier = state.easier.includes(v.stepIndex);
    if (v.stepIndex !== shown.step || easier !== shown.easier) {
      drawStep(v.step, v.stepIndex, easier);
    }
    // Sounds and spoken cues only for changes as they happen, not when a throttled tab catches up.
    const live = state.status === 'running' && at - shown.at < 1500;
    const sameBeat = v.index === shown.index && v.beat === shown.beat && v.rep === shown.rep;
    if (live && sameBeat && v.seconds !== shown.seconds && COUNTDOWNS.has(v.beat) && v.seconds >= 1 && v.seconds <= 3) {
      audio.beep(880, 0.12);
    }
    if (live && !sameBeat && !jumped) {
      if (COUNTDOWNS.has(shown.beat)) {
        audio.beep(1320, 0.45); // the end of a hold or countdown
      }
      else if (v.beat === 'rep' && v.index === shown.index) {
        audio.beep(660, 0.06); // pacing: the next rep
      }
    }
    if (v.index !== shown.index || moved) {
      segmentChanged(v, jumped || live || shown.index < 0, live && !jumped && shown.beat === 'hold');
      startPicture(v, easier);
    }
    else if (live && !jumped) {
      coach(v, sameBeat);
    }
    const beat = shownBeat(v);
    ui.count.textContent = String(v.count);
    ui.label.textContent = beatLabel(v, beat);
    ui.of.textContent = (state.status === 'paused') ? words.paused
      : (v.beat === 'rep') ? format(words.ofReps, v.segment.reps) : '';
    ui.ring.setAttribute('stroke-dashoffset', String(Math.round(v.fraction * 1000) / 10));
    ui.position.textContent = position(v);
    ui.left.textContent = clock(v.sessionLeftMs);
    ui.progress.value = Math.floor((tl.totalMs - v.sessionLeftMs) / 1000);
    ui.pause.textContent = (state.status === 'paused') ? words.resume : words.pause;
    ui.player.classList.toggle('player--paused', state.status === 'paused');
    ui.player.dataset.beat = beat;
    ui.figure.classList.toggle('player__figure--mirrored', v.step.perSide && v.segment.side === 2);
    drawRate(v);
    if (shown.status !== state.status && shown.status === 'running' && state.status === 'paused') {
      say(words['announce.paused'], null);
    }
    else if (shown.status === 'paused' && state.status === 'running') {
      say(words['announce.resumed'], null);
    }
    shown = { index: v.index, step: v.stepIndex, beat: v.beat, rep: v.rep, seconds: v.seconds, easier, at,
      status: state.status };
  }

  /** During a rest between sets: "Too easy" and "Too hard" for the step, one tap each (a second tap takes it back). */
  function drawRate(v) {
    ui.rate.hidden = v.beat !== 'rest';
    const rated = ratedDuringRest.get(v.stepIndex);
    for (const button of ui.rate.querySelectorAll('button')) {
      button.setAttribute('aria-pressed', String(button.dataset.rating === rated));
    }
  }

  /**
   * The step's words and picture. The picture slot: the step's "illustration" (which may move), its "stills"
   * (start and end positions, side by side under reduced motion) when the plan has them, "easierIllustration"
   * after "Try the easier version", mirrored on side 2 (see draw), and the rep rhythm as --rep-seconds.
   * Under the cues, the step's "pregnancyNotes" when the plan has them.
   */
  function drawStep(step, index, easier) {
    ui.phase.textContent = step.phaseLabel;
    ui.phase.className = `tag tag--${step.phase}`;
    ui.step.textContent = format(words.step, index + 1, tl.steps.length);
    ui.name.textContent = step.name;
    ui.dose.textContent = step.dose;
    const own = Boolean(easier && step.easierIllustration);
    const still = own ? step.easierStills : step.stills;
    ui.picture.src = own ? step.easierIllustration : step.illustration;
    ui.picture.alt = (easier && step.easier) ? step.easier : (step.pictureText || '');
    const stills = Array.isArray(still) && still.length === 2;
    ui.figure.classList.toggle('player__figure--stills', stills);
    if (stills) {
      [ui.stillStart.src, ui.stillEnd.src] = still;
      ui.stillStart.alt = ui.picture.alt;
    }
    ui.figure.style.setProperty('--rep-seconds', `${step.secondsPerRep}s`);
    ui.cues.replaceChildren(...step.cues.map((cue) => {
      const item = document.createElement('li');
      item.textContent = cue;
      return item;
    }));
    ui.easier.hidden = !easier || !step.easier;
    ui.easier.textContent = step.easier ? format(words['hurt.easier'], step.easier) : '';
    // The planner's notes for this exercise in pregnancy, when the routine was made for someone pregnant.
    const notes = Array.isArray(step.pregnancyNotes) ? step.pregnancyNotes.filter(Boolean) : [];
    ui.note.hidden = notes.length === 0;
    ui.note.textContent = notes.length ? `${words.pregnancy} ${notes.join(' ')}` : '';
    const following = plan.steps[index + 1];
    ui.next.textContent = following ? `${following.name} · ${following.dose}` : words['upNext.last'];
  }

  /**
   * A new segment: tell a screen reader, and say the plan's sentence for it out loud for someone on the mat
   * ("Relax." first when a hold has just ended; "Get down on the floor." first before a move to the floor).
   */
  function segmentChanged(v, speak, afterHold) {
    const segment = v.segment;
    const spoken = [];
    if (afterHold) {
      spoken.push(`${words['say.relax']}.`);
    }
    if (segment.type === 'get-ready' && words[`transition.${segment.transition}`]) {
      spoken.push(`${words[`transition.${segment.transition}`]}.`);
    }
    if (segment.say) {
      spoken.push(segment.say);
    }
    const aloud = speak ? spoken.join(' ') : null;
    if (segment.type === 'get-ready') {
      say(format(words['announce.step'], v.stepIndex + 1, tl.steps.length, v.step.name, v.step.dose), aloud);
    }
    else if (segment.type === 'switch-sides') {
      say(words['announce.switch'], aloud);
    }
    else if (segment.type === 'rest') {
      say(format(words['announce.rest'], segment.set), aloud);
    }
    else if (aloud) {
      speech.say(aloud, !audio.muted); // after the get-ready's "1", not over it
    }
  }

  /** Within a segment, as it runs: "Hold", "Relax", 3-2-1 at the end of a countdown or hold, "5 more", "Last one". */
  function coach(v, sameBeat) {
    if (!sameBeat) {
      if (v.beat === 'hold') {
        speech.say(words['say.hold'], !audio.muted);
      }
      else if (v.beat === 'relax') {
        speech.say(words['say.relax'], !audio.muted);
      }
      else if (v.beat === 'rep' && v.rep !== shown.rep) {
        const left = v.segment.reps - v.rep + 1;
        if (left === 5 && v.segment.reps > 5) {
          speech.say(format(words['say.more'], left), !audio.muted);
        }
        else if (left === 1 && v.segment.reps > 1) {
          speech.say(words['say.last'], !audio.muted);
        }
      }
    }
    else if (v.seconds !== shown.seconds && COUNTDOWNS.has(v.beat) && v.beatMs >= 5000 && v.seconds >= 1
      && v.seconds <= 3) {
      speech.say(String(v.seconds), !audio.muted);
    }
  }

  /**
   * The moving picture starts its first rep with the work, so the figure moves when the countdown says so: a
   * picture loaded afresh (its own address per segment) starts its animation from the start position.
   */
  function startPicture(v, easier) {
    const own = Boolean(easier && v.step.easierIllustration);
    const moving = own ? v.step.easierIllustration : v.step.illustration;
    if (v.segment.type === 'work' && moving && moving.includes('?')) {
      ui.picture.src = `${moving}&at=${v.index}`;
    }
  }

  /** The beat as the screen tells it: a get-ready that moves between floor and standing says which way. */
  function shownBeat(v) {
    if (v.beat === 'get-ready' && (v.segment.transition === 'down' || v.segment.transition === 'up')) {
      return v.segment.transition;
    }
    return v.beat;
  }

  function beatLabel(v, beat) {
    switch (beat) {
      case 'down': return words['transition.down'];
      case 'up': return words['transition.up'];
      case 'get-ready': return words.getReady;
      case 'move': return words.move;
      case 'relax': return words.relax;
      case 'hold': return words.hold;
      case 'rep': return words.rep;
      case 'rest': return words.rest;
      default: return words.switchSides;
    }
  }

  function position(v) {
    const parts = [];
    if (v.step.sets > 1) {
      parts.push(format(words['position.set'], v.segment.set, v.step.sets));
    }
    if (v.step.perSide) {
      parts.push(format(words['position.side'], v.segment.side));
    }
    if (v.segment.type === 'work') {
      parts.push(format(words['position.rep'], v.rep, v.segment.reps));
    }
    return parts.join(' · ');
  }

  function showHurt() {
    speech.cancel();
    const step = plan.steps[timer.currentStep(state, tl)];
    ui.hurtEasier.textContent = step.easier ? format(words['hurt.easier'], step.easier) : '';
    ui.hurtEasier.hidden = !step.easier;
    ui.easierButton.hidden = !step.easier;
    $('hurt-heading').focus();
  }

  /** The end screen: what was done, and the form that logs it. */
  function finish() {
    clearTimeout(scheduled);
    if (shown.status === 'ended') {
      return;
    }
    shown.status = 'ended';
    wake.sync(false);
    document.body.classList.remove('is-playing');
    const result = timer.summary(state, tl);
    ui.player.hidden = true;
    ui.hurt.hidden = true;
    ui.end.hidden = false;
    ui.endTime.textContent = clock(result.durationSeconds * 1000);
    ui.endSummary.textContent = format(words['end.summary'], result.steps.filter((s) => s.done).length, result.steps.length);
    ui.endSteps.replaceChildren(...result.steps.map((s) => {
      const item = document.createElement('li');
      item.className = s.done ? 'is-done' : 'is-skipped';
      const name = document.createElement('span');
      name.textContent = plan.steps[s.index].name;
      const outcome = document.createElement('strong');
      outcome.textContent = !s.done ? words['end.skipped'] : s.easier ? words['end.easier'] : words['end.done'];
      item.append(name, ' ', outcome);
      if (s.hurt) {
        const hurt = document.createElement('span');
        hurt.className = 'tag tag--hurt';
        hurt.textContent = words['end.hurt'];
        item.append(' ', hurt);
        // "This hurts" already said it: no rating, the easier version or a swap stays the way.
        item.append(ui.rateHurtTemplate.content.cloneNode(true));
      }
      else if (s.done) {
        item.append(ratingChoices(s.index, plan.steps[s.index].name));
      }
      // A step skipped (or not reached) gets no rating: there is nothing to judge its dose by.
      return item;
    }));
    speech.cancel();
    say(words['announce.done'], words['say.done']);
    window.scrollTo(0, 0);
    $('end-heading').focus();
  }

  /** Three large radio buttons for one step, "About right" chosen unless the person rated it during a rest. */
  function ratingChoices(index, name) {
    const choices = ui.rateTemplate.content.firstElementChild.cloneNode(true);
    choices.querySelector('legend').textContent = format(choices.dataset.legend, name);
    choices.dataset.step = String(index);
    const rated = ratedDuringRest.get(index) || 'right';
    for (const input of choices.querySelectorAll('input')) {
      input.name = `rating-${index}`;
      input.id = `rating-${index}-${input.value}`;
      input.checked = input.value === rated;
    }
    return choices;
  }

  /** The ratings for the API: only the steps rated other than "about right". */
  function ratings() {
    return Array.from(ui.endSteps.querySelectorAll('fieldset.rate'))
      .map((set) => ({ step: Number(set.dataset.step), rating: (set.querySelector('input:checked') || {}).value }))
      .filter((r) => r.rating === 'easy' || r.rating === 'hard');
  }

  // --- Controls --------------------------------------------------------------------------------------------------

  $('btn-start').addEventListener('click', () => {
    audio.unlock();
    painBefore = rating(ui.painBefore);
    ui.intro.hidden = true;
    ui.overview.hidden = true;
    ui.player.hidden = false;
    document.body.classList.add('is-playing');
    act(timer.start);
    window.scrollTo(0, 0);
    ui.name.focus({ preventScroll: true });
  });
  ui.pause.addEventListener('click', () => act(timer.togglePause));
  for (const button of ui.rate.querySelectorAll('button')) {
    button.addEventListener('click', () => {
      const step = timer.currentStep(state, tl);
      const rating = button.dataset.rating;
      if (ratedDuringRest.get(step) === rating) {
        ratedDuringRest.delete(step);
      }
      else {
        ratedDuringRest.set(step, rating);
      }
      act((s) => s); // redraw, the timer untouched
    });
  }
  // Tap the picture or the countdown: pause and resume, from 2 m away with one hand.
  for (const area of [ui.figure, ui.timer]) {
    area.addEventListener('click', () => {
      if (playing()) {
        act(timer.togglePause);
      }
    });
  }
  $('btn-next').addEventListener('click', () => act(timer.next, true, true));
  $('btn-previous').addEventListener('click', () => act(timer.previous, true, true));
  $('btn-restart').addEventListener('click', () => act(timer.restartStep, true, true));
  $('btn-end').addEventListener('click', askToEnd);
  $('btn-hurt').addEventListener('click', () => act(timer.hurt));
  ui.easierButton.addEventListener('click', () => {
    act(timer.chooseEasier, true, true);
    ui.name.focus();
  });
  $('btn-hurt-end').addEventListener('click', () => act(timer.end));
  $('btn-skip').addEventListener('click', () => {
    act(timer.chooseSkip, true, true);
    if (state.status !== 'ended') {
      ui.name.focus();
    }
  });
  ui.mute.addEventListener('click', toggleMute);
  ui.sound.addEventListener('click', toggleMute);
  ui.voice.addEventListener('click', toggleVoice);
  ui.voicePlayer.addEventListener('click', toggleVoice);

  /** End asks first; the timer waits while it asks, and "Keep going" (or Escape) carries on as before. */
  function askToEnd() {
    resumeAfterAsk = state.status === 'running';
    if (resumeAfterAsk) {
      act(timer.pause);
    }
    ui.endAsk.showModal();
  }
  $('btn-keep-going').addEventListener('click', () => ui.endAsk.close('keep'));
  $('btn-end-log').addEventListener('click', () => {
    resumeAfterAsk = false;
    ui.endAsk.close('end');
    act(timer.end);
  });
  ui.endAsk.addEventListener('close', () => {
    if (resumeAfterAsk) {
      resumeAfterAsk = false;
      act(timer.resume);
    }
  });

  /** Keys that are not for a form field or an open dialog. */
  function forThePlayer(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || ui.endAsk.open) {
      return false;
    }
    const tag = event.target && event.target.tagName;
    return tag !== 'INPUT' && tag !== 'SELECT' && tag !== 'TEXTAREA';
  }

  // Captured before any button sees it: Space pauses and resumes wherever the focus is, and never presses the
  // button that was clicked last (a button would otherwise take Space as a press).
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || !forThePlayer(event)) {
      return;
    }
    if (event.key === 'm' || event.key === 'M') {
      toggleMute();
      return;
    }
    if (!playing()) {
      return;
    }
    switch (event.key) {
      case ' ':
        event.preventDefault();
        if (!event.repeat) {
          act(timer.togglePause);
        }
        break;
      case 'ArrowRight':
        event.preventDefault();
        act(timer.next, true, true);
        break;
      case 'ArrowLeft':
        event.preventDefault();
        act(timer.previous, true, true);
        break;
      case 'r':
      case 'R':
        act(timer.restartStep, true, true);
        break;
      default:
    }
  }, true);
  document.addEventListener('keyup', (event) => {
    if (event.key === ' ' && playing() && forThePlayer(event)) {
      event.preventDefault();
    }
  }, true);

  // A hidden tab's timers are throttled: on return, catch up at once.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && state.status === 'running') {
      tick();
    }
  });

  ui.logForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    ui.logButton.disabled = true;
    ui.logError.hidden = true;
    try {
      const body = timer.completion(state, tl, painBefore, rating(ui.painAfter), today());
      body.ratings = ratings();
      const result = await logCompletion(body);
      if (result.status === 'queued') {
        // No network: kept on this device, sent when it is back (offline-log.js).
        document.getElementById('log-queued').hidden = false;
        return;
      }
      window.location.assign(root.dataset.historyUrl);
    }
    catch (error) {
      ui.logError.textContent = words['log.failed'];
      ui.logError.hidden = false;
      ui.logButton.disabled = false;
    }
  });

  /**
   * Logs the completion: the one place that sends it (POST /api/routines/{id}/completions). It is kept on the device
   * with an idempotency key first; without a network it stays there ({status: 'queued'}) until the network is back.
   */
  async function logCompletion(body) {
    const result = await offline.logCompletion(root.dataset.logUrl, body);
    if (result.status === 'rejected') {
      throw new Error(`HTTP ${result.httpStatus}`);
    }
    return result;
  }

  function toggleMute() {
    audio.muted = !audio.muted;
    localStorage.setItem(STORAGE_MUTED, audio.muted ? '1' : '0');
    if (audio.muted) {
      speech.cancel();
    }
    syncSoundButtons();
  }

  function toggleVoice() {
    speech.enabled = !speech.enabled;
    localStorage.setItem(STORAGE_VOICE, speech.enabled ? 'on' : 'off');
    if (!speech.enabled) {
      speech.cancel();
    }
    syncSoundButtons();
  }

  function syncSoundButtons() {
    const soundLabel = audio.muted ? words['sound.off'] : words['sound.on'];
    const voiceLabel = speech.enabled ? words['voice.on'] : words['voice.off'];
    // The labels say the current state; aria-pressed tells a screen reader the same.
    for (const button of [ui.mute, ui.sound]) {
      button.textContent = soundLabel;
      button.setAttribute('aria-pressed', String(!audio.muted));
    }
    for (const button of [ui.voice, ui.voicePlayer]) {
      button.textContent = voiceLabel;
      button.setAttribute('aria-pressed', String(speech.enabled));
      button.hidden = !speech.available;
    }
    root.classList.toggle('is-muted', audio.muted);
  }

  /**
   * Announces to a screen reader (step changes only, never every second) and optionally speaks aloud, cutting
   * off whatever was still being said (a new segment matters more).
   */
  function say(announcement, spoken) {
    ui.announce.textContent = announcement;
    if (spoken && !audio.muted) {
      speech.cancel();
      speech.say(spoken, true);
    }
  }

  // --- Sound, speech and the screen ---------------------------------------------------------------------------

  function sounds() {
    let context = null;
    return {
      muted: localStorage.getItem(STORAGE_MUTED) === '1',
      /** Audio may only start after a gesture: the Start button. */
      unlock() {
        const AudioContext = window.AudioContext || window.webkitAudioContext;
        if (!context && AudioContext) {
          context = new AudioContext();
        }
        if (context && context.state === 'suspended') {
          context.resume().catch(() => {});
        }
      },
      beep(frequency, seconds) {
        if (this.muted || !context || context.state !== 'running') {
          return;
        }
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        const at = context.currentTime;
        oscillator.type = 'sine';
        oscillator.frequency.value = frequency;
        gain.gain.setValueAtTime(0.0001, at);
        gain.gain.exponentialRampToValueAtTime(0.3, at + 0.01);
        gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
        oscillator.connect(gain).connect(context.destination);
        oscillator.start(at);
        oscillator.stop(at + seconds + 0.02);
      },
    };
  }

  function voice() {
    const available = 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function';
    return {
      available,
      enabled: available && localStorage.getItem(STORAGE_VOICE) !== 'off',
      /** Queues a sentence after what is being said, so "3, 2, 1" follows the step's words. */
      say(text, allowed) {
        if (!this.enabled || !allowed || !text) {
          return;
        }
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = document.documentElement.lang || 'en';
        window.speechSynthesis.speak(utterance);
      },
      cancel() {
        if (available) {
          window.speechSynthesis.cancel();
        }
      },
    };
  }

  /** Keeps the screen on while the session runs; released on pause and at the end. */
  function wakeLock() {
    let lock = null;
    let wanted = false;
    let pending = false;
    const sync = async (want) => {
      wanted = want && document.visibilityState === 'visible';
      if (!('wakeLock' in navigator) || pending) {
        return;
      }
      if (wanted && !lock) {
        pending = true;
        try {
          lock = await navigator.wakeLock.request('screen');
          lock.addEventListener('release', () => { lock = null; });
        }
        catch (error) {
          lock = null; // not allowed here (e.g. battery saver): the session runs anyway
        }
        pending = false;
        if (!wanted) {
          sync(false);
        }
      }
      else if (!wanted && lock) {
        const held = lock;
        lock = null;
        held.release().catch(() => {});
      }
    };
    // The browser drops the lock when the tab is hidden; take it again on return.
    document.addEventListener('visibilitychange', () => sync(state.status === 'running'));
    return { sync };
  }
}

function format(template, ...values) {
  return template.replace(/\{(\d)\}/g, (match, i) => (values[i] !== undefined ? String(values[i]) : match));
}

/** m:ss, rounding up, so a countdown shows 0:01 until its very end. */
function clock(ms) {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function rating(select) {
  return (select && select.value !== '') ? Number(select.value) : null;
}

/** The person's own calendar day, which is the one their streak counts. */
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
