import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 251:
/***/ (function(module) {

/**
  * This file contains the Bottleneck library (MIT), compiled to ES2017, and without Clustering support.
  * https://github.com/SGrondin/bottleneck
  */
(function (global, factory) {
	 true ? module.exports = factory() :
	0;
}(this, (function () { 'use strict';

	var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

	function getCjsExportFromNamespace (n) {
		return n && n['default'] || n;
	}

	var load = function(received, defaults, onto = {}) {
	  var k, ref, v;
	  for (k in defaults) {
	    v = defaults[k];
	    onto[k] = (ref = received[k]) != null ? ref : v;
	  }
	  return onto;
	};

	var overwrite = function(received, defaults, onto = {}) {
	  var k, v;
	  for (k in received) {
	    v = received[k];
	    if (defaults[k] !== void 0) {
	      onto[k] = v;
	    }
	  }
	  return onto;
	};

	var parser = {
		load: load,
		overwrite: overwrite
	};

	var DLList;

	DLList = class DLList {
	  constructor(incr, decr) {
	    this.incr = incr;
	    this.decr = decr;
	    this._first = null;
	    this._last = null;
	    this.length = 0;
	  }

	  push(value) {
	    var node;
	    this.length++;
	    if (typeof this.incr === "function") {
	      this.incr();
	    }
	    node = {
	      value,
	      prev: this._last,
	      next: null
	    };
	    if (this._last != null) {
	      this._last.next = node;
	      this._last = node;
	    } else {
	      this._first = this._last = node;
	    }
	    return void 0;
	  }

	  shift() {
	    var value;
	    if (this._first == null) {
	      return;
	    } else {
	      this.length--;
	      if (typeof this.decr === "function") {
	        this.decr();
	      }
	    }
	    value = this._first.value;
	    if ((this._first = this._first.next) != null) {
	      this._first.prev = null;
	    } else {
	      this._last = null;
	    }
	    return value;
	  }

	  first() {
	    if (this._first != null) {
	      return this._first.value;
	    }
	  }

	  getArray() {
	    var node, ref, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, ref.value));
	    }
	    return results;
	  }

	  forEachShift(cb) {
	    var node;
	    node = this.shift();
	    while (node != null) {
	      (cb(node), node = this.shift());
	    }
	    return void 0;
	  }

	  debug() {
	    var node, ref, ref1, ref2, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, {
	        value: ref.value,
	        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
	        next: (ref2 = ref.next) != null ? ref2.value : void 0
	      }));
	    }
	    return results;
	  }

	};

	var DLList_1 = DLList;

	var Events;

	Events = class Events {
	  constructor(instance) {
	    this.instance = instance;
	    this._events = {};
	    if ((this.instance.on != null) || (this.instance.once != null) || (this.instance.removeAllListeners != null)) {
	      throw new Error("An Emitter already exists for this object");
	    }
	    this.instance.on = (name, cb) => {
	      return this._addListener(name, "many", cb);
	    };
	    this.instance.once = (name, cb) => {
	      return this._addListener(name, "once", cb);
	    };
	    this.instance.removeAllListeners = (name = null) => {
	      if (name != null) {
	        return delete this._events[name];
	      } else {
	        return this._events = {};
	      }
	    };
	  }

	  _addListener(name, status, cb) {
	    var base;
	    if ((base = this._events)[name] == null) {
	      base[name] = [];
	    }
	    this._events[name].push({cb, status});
	    return this.instance;
	  }

	  listenerCount(name) {
	    if (this._events[name] != null) {
	      return this._events[name].length;
	    } else {
	      return 0;
	    }
	  }

	  async trigger(name, ...args) {
	    var e, promises;
	    try {
	      if (name !== "debug") {
	        this.trigger("debug", `Event triggered: ${name}`, args);
	      }
	      if (this._events[name] == null) {
	        return;
	      }
	      this._events[name] = this._events[name].filter(function(listener) {
	        return listener.status !== "none";
	      });
	      promises = this._events[name].map(async(listener) => {
	        var e, returned;
	        if (listener.status === "none") {
	          return;
	        }
	        if (listener.status === "once") {
	          listener.status = "none";
	        }
	        try {
	          returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
	          if (typeof (returned != null ? returned.then : void 0) === "function") {
	            return (await returned);
	          } else {
	            return returned;
	          }
	        } catch (error) {
	          e = error;
	          {
	            this.trigger("error", e);
	          }
	          return null;
	        }
	      });
	      return ((await Promise.all(promises))).find(function(x) {
	        return x != null;
	      });
	    } catch (error) {
	      e = error;
	      {
	        this.trigger("error", e);
	      }
	      return null;
	    }
	  }

	};

	var Events_1 = Events;

	var DLList$1, Events$1, Queues;

	DLList$1 = DLList_1;

	Events$1 = Events_1;

	Queues = class Queues {
	  constructor(num_priorities) {
	    var i;
	    this.Events = new Events$1(this);
	    this._length = 0;
	    this._lists = (function() {
	      var j, ref, results;
	      results = [];
	      for (i = j = 1, ref = num_priorities; (1 <= ref ? j <= ref : j >= ref); i = 1 <= ref ? ++j : --j) {
	        results.push(new DLList$1((() => {
	          return this.incr();
	        }), (() => {
	          return this.decr();
	        })));
	      }
	      return results;
	    }).call(this);
	  }

	  incr() {
	    if (this._length++ === 0) {
	      return this.Events.trigger("leftzero");
	    }
	  }

	  decr() {
	    if (--this._length === 0) {
	      return this.Events.trigger("zero");
	    }
	  }

	  push(job) {
	    return this._lists[job.options.priority].push(job);
	  }

	  queued(priority) {
	    if (priority != null) {
	      return this._lists[priority].length;
	    } else {
	      return this._length;
	    }
	  }

	  shiftAll(fn) {
	    return this._lists.forEach(function(list) {
	      return list.forEachShift(fn);
	    });
	  }

	  getFirst(arr = this._lists) {
	    var j, len, list;
	    for (j = 0, len = arr.length; j < len; j++) {
	      list = arr[j];
	      if (list.length > 0) {
	        return list;
	      }
	    }
	    return [];
	  }

	  shiftLastFrom(priority) {
	    return this.getFirst(this._lists.slice(priority).reverse()).shift();
	  }

	};

	var Queues_1 = Queues;

	var BottleneckError;

	BottleneckError = class BottleneckError extends Error {};

	var BottleneckError_1 = BottleneckError;

	var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;

	NUM_PRIORITIES = 10;

	DEFAULT_PRIORITY = 5;

	parser$1 = parser;

	BottleneckError$1 = BottleneckError_1;

	Job = class Job {
	  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
	    this.task = task;
	    this.args = args;
	    this.rejectOnDrop = rejectOnDrop;
	    this.Events = Events;
	    this._states = _states;
	    this.Promise = Promise;
	    this.options = parser$1.load(options, jobDefaults);
	    this.options.priority = this._sanitizePriority(this.options.priority);
	    if (this.options.id === jobDefaults.id) {
	      this.options.id = `${this.options.id}-${this._randomIndex()}`;
	    }
	    this.promise = new this.Promise((_resolve, _reject) => {
	      this._resolve = _resolve;
	      this._reject = _reject;
	    });
	    this.retryCount = 0;
	  }

	  _sanitizePriority(priority) {
	    var sProperty;
	    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
	    if (sProperty < 0) {
	      return 0;
	    } else if (sProperty > NUM_PRIORITIES - 1) {
	      return NUM_PRIORITIES - 1;
	    } else {
	      return sProperty;
	    }
	  }

	  _randomIndex() {
	    return Math.random().toString(36).slice(2);
	  }

	  doDrop({error, message = "This job has been dropped by Bottleneck"} = {}) {
	    if (this._states.remove(this.options.id)) {
	      if (this.rejectOnDrop) {
	        this._reject(error != null ? error : new BottleneckError$1(message));
	      }
	      this.Events.trigger("dropped", {args: this.args, options: this.options, task: this.task, promise: this.promise});
	      return true;
	    } else {
	      return false;
	    }
	  }

	  _assertStatus(expected) {
	    var status;
	    status = this._states.jobStatus(this.options.id);
	    if (!(status === expected || (expected === "DONE" && status === null))) {
	      throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
	    }
	  }

	  doReceive() {
	    this._states.start(this.options.id);
	    return this.Events.trigger("received", {args: this.args, options: this.options});
	  }

	  doQueue(reachedHWM, blocked) {
	    this._assertStatus("RECEIVED");
	    this._states.next(this.options.id);
	    return this.Events.trigger("queued", {args: this.args, options: this.options, reachedHWM, blocked});
	  }

	  doRun() {
	    if (this.retryCount === 0) {
	      this._assertStatus("QUEUED");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    return this.Events.trigger("scheduled", {args: this.args, options: this.options});
	  }

	  async doExecute(chained, clearGlobalState, run, free) {
	    var error, eventInfo, passed;
	    if (this.retryCount === 0) {
	      this._assertStatus("RUNNING");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    this.Events.trigger("executing", eventInfo);
	    try {
	      passed = (await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)));
	      if (clearGlobalState()) {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._resolve(passed);
	      }
	    } catch (error1) {
	      error = error1;
	      return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	    }
	  }

	  doExpire(clearGlobalState, run, free) {
	    var error, eventInfo;
	    if (this._states.jobStatus(this.options.id === "RUNNING")) {
	      this._states.next(this.options.id);
	    }
	    this._assertStatus("EXECUTING");
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
	    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	  }

	  async _onFailure(error, eventInfo, clearGlobalState, run, free) {
	    var retry, retryAfter;
	    if (clearGlobalState()) {
	      retry = (await this.Events.trigger("failed", error, eventInfo));
	      if (retry != null) {
	        retryAfter = ~~retry;
	        this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
	        this.retryCount++;
	        return run(retryAfter);
	      } else {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._reject(error);
	      }
	    }
	  }

	  doDone(eventInfo) {
	    this._assertStatus("EXECUTING");
	    this._states.next(this.options.id);
	    return this.Events.trigger("done", eventInfo);
	  }

	};

	var Job_1 = Job;

	var BottleneckError$2, LocalDatastore, parser$2;

	parser$2 = parser;

	BottleneckError$2 = BottleneckError_1;

	LocalDatastore = class LocalDatastore {
	  constructor(instance, storeOptions, storeInstanceOptions) {
	    this.instance = instance;
	    this.storeOptions = storeOptions;
	    this.clientId = this.instance._randomIndex();
	    parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
	    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
	    this._running = 0;
	    this._done = 0;
	    this._unblockTime = 0;
	    this.ready = this.Promise.resolve();
	    this.clients = {};
	    this._startHeartbeat();
	  }

	  _startHeartbeat() {
	    var base;
	    if ((this.heartbeat == null) && (((this.storeOptions.reservoirRefreshInterval != null) && (this.storeOptions.reservoirRefreshAmount != null)) || ((this.storeOptions.reservoirIncreaseInterval != null) && (this.storeOptions.reservoirIncreaseAmount != null)))) {
	      return typeof (base = (this.heartbeat = setInterval(() => {
	        var amount, incr, maximum, now, reservoir;
	        now = Date.now();
	        if ((this.storeOptions.reservoirRefreshInterval != null) && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
	          this._lastReservoirRefresh = now;
	          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
	          this.instance._drainAll(this.computeCapacity());
	        }
	        if ((this.storeOptions.reservoirIncreaseInterval != null) && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
	          ({
	            reservoirIncreaseAmount: amount,
	            reservoirIncreaseMaximum: maximum,
	            reservoir
	          } = this.storeOptions);
	          this._lastReservoirIncrease = now;
	          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
	          if (incr > 0) {
	            this.storeOptions.reservoir += incr;
	            return this.instance._drainAll(this.computeCapacity());
	          }
	        }
	      }, this.heartbeatInterval))).unref === "function" ? base.unref() : void 0;
	    } else {
	      return clearInterval(this.heartbeat);
	    }
	  }

	  async __publish__(message) {
	    await this.yieldLoop();
	    return this.instance.Events.trigger("message", message.toString());
	  }

	  async __disconnect__(flush) {
	    await this.yieldLoop();
	    clearInterval(this.heartbeat);
	    return this.Promise.resolve();
	  }

	  yieldLoop(t = 0) {
	    return new this.Promise(function(resolve, reject) {
	      return setTimeout(resolve, t);
	    });
	  }

	  computePenalty() {
	    var ref;
	    return (ref = this.storeOptions.penalty) != null ? ref : (15 * this.storeOptions.minTime) || 5000;
	  }

	  async __updateSettings__(options) {
	    await this.yieldLoop();
	    parser$2.overwrite(options, options, this.storeOptions);
	    this._startHeartbeat();
	    this.instance._drainAll(this.computeCapacity());
	    return true;
	  }

	  async __running__() {
	    await this.yieldLoop();
	    return this._running;
	  }

	  async __queued__() {
	    await this.yieldLoop();
	    return this.instance.queued();
	  }

	  async __done__() {
	    await this.yieldLoop();
	    return this._done;
	  }

	  async __groupCheck__(time) {
	    await this.yieldLoop();
	    return (this._nextRequest + this.timeout) < time;
	  }

	  computeCapacity() {
	    var maxConcurrent, reservoir;
	    ({maxConcurrent, reservoir} = this.storeOptions);
	    if ((maxConcurrent != null) && (reservoir != null)) {
	      return Math.min(maxConcurrent - this._running, reservoir);
	    } else if (maxConcurrent != null) {
	      return maxConcurrent - this._running;
	    } else if (reservoir != null) {
	      return reservoir;
	    } else {
	      return null;
	    }
	  }

	  conditionsCheck(weight) {
	    var capacity;
	    capacity = this.computeCapacity();
	    return (capacity == null) || weight <= capacity;
	  }

	  async __incrementReservoir__(incr) {
	    var reservoir;
	    await this.yieldLoop();
	    reservoir = this.storeOptions.reservoir += incr;
	    this.instance._drainAll(this.computeCapacity());
	    return reservoir;
	  }

	  async __currentReservoir__() {
	    await this.yieldLoop();
	    return this.storeOptions.reservoir;
	  }

	  isBlocked(now) {
	    return this._unblockTime >= now;
	  }

	  check(weight, now) {
	    return this.conditionsCheck(weight) && (this._nextRequest - now) <= 0;
	  }

	  async __check__(weight) {
	    var now;
	    await this.yieldLoop();
	    now = Date.now();
	    return this.check(weight, now);
	  }

	  async __register__(index, weight, expiration) {
	    var now, wait;
	    await this.yieldLoop();
	    now = Date.now();
	    if (this.conditionsCheck(weight)) {
	      this._running += weight;
	      if (this.storeOptions.reservoir != null) {
	        this.storeOptions.reservoir -= weight;
	      }
	      wait = Math.max(this._nextRequest - now, 0);
	      this._nextRequest = now + wait + this.storeOptions.minTime;
	      return {
	        success: true,
	        wait,
	        reservoir: this.storeOptions.reservoir
	      };
	    } else {
	      return {
	        success: false
	      };
	    }
	  }

	  strategyIsBlock() {
	    return this.storeOptions.strategy === 3;
	  }

	  async __submit__(queueLength, weight) {
	    var blocked, now, reachedHWM;
	    await this.yieldLoop();
	    if ((this.storeOptions.maxConcurrent != null) && weight > this.storeOptions.maxConcurrent) {
	      throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
	    }
	    now = Date.now();
	    reachedHWM = (this.storeOptions.highWater != null) && queueLength === this.storeOptions.highWater && !this.check(weight, now);
	    blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
	    if (blocked) {
	      this._unblockTime = now + this.computePenalty();
	      this._nextRequest = this._unblockTime + this.storeOptions.minTime;
	      this.instance._dropAllQueued();
	    }
	    return {
	      reachedHWM,
	      blocked,
	      strategy: this.storeOptions.strategy
	    };
	  }

	  async __free__(index, weight) {
	    await this.yieldLoop();
	    this._running -= weight;
	    this._done += weight;
	    this.instance._drainAll(this.computeCapacity());
	    return {
	      running: this._running
	    };
	  }

	};

	var LocalDatastore_1 = LocalDatastore;

	var BottleneckError$3, States;

	BottleneckError$3 = BottleneckError_1;

	States = class States {
	  constructor(status1) {
	    this.status = status1;
	    this._jobs = {};
	    this.counts = this.status.map(function() {
	      return 0;
	    });
	  }

	  next(id) {
	    var current, next;
	    current = this._jobs[id];
	    next = current + 1;
	    if ((current != null) && next < this.status.length) {
	      this.counts[current]--;
	      this.counts[next]++;
	      return this._jobs[id]++;
	    } else if (current != null) {
	      this.counts[current]--;
	      return delete this._jobs[id];
	    }
	  }

	  start(id) {
	    var initial;
	    initial = 0;
	    this._jobs[id] = initial;
	    return this.counts[initial]++;
	  }

	  remove(id) {
	    var current;
	    current = this._jobs[id];
	    if (current != null) {
	      this.counts[current]--;
	      delete this._jobs[id];
	    }
	    return current != null;
	  }

	  jobStatus(id) {
	    var ref;
	    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
	  }

	  statusJobs(status) {
	    var k, pos, ref, results, v;
	    if (status != null) {
	      pos = this.status.indexOf(status);
	      if (pos < 0) {
	        throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
	      }
	      ref = this._jobs;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        if (v === pos) {
	          results.push(k);
	        }
	      }
	      return results;
	    } else {
	      return Object.keys(this._jobs);
	    }
	  }

	  statusCounts() {
	    return this.counts.reduce(((acc, v, i) => {
	      acc[this.status[i]] = v;
	      return acc;
	    }), {});
	  }

	};

	var States_1 = States;

	var DLList$2, Sync;

	DLList$2 = DLList_1;

	Sync = class Sync {
	  constructor(name, Promise) {
	    this.schedule = this.schedule.bind(this);
	    this.name = name;
	    this.Promise = Promise;
	    this._running = 0;
	    this._queue = new DLList$2();
	  }

	  isEmpty() {
	    return this._queue.length === 0;
	  }

	  async _tryToRun() {
	    var args, cb, error, reject, resolve, returned, task;
	    if ((this._running < 1) && this._queue.length > 0) {
	      this._running++;
	      ({task, args, resolve, reject} = this._queue.shift());
	      cb = (await (async function() {
	        try {
	          returned = (await task(...args));
	          return function() {
	            return resolve(returned);
	          };
	        } catch (error1) {
	          error = error1;
	          return function() {
	            return reject(error);
	          };
	        }
	      })());
	      this._running--;
	      this._tryToRun();
	      return cb();
	    }
	  }

	  schedule(task, ...args) {
	    var promise, reject, resolve;
	    resolve = reject = null;
	    promise = new this.Promise(function(_resolve, _reject) {
	      resolve = _resolve;
	      return reject = _reject;
	    });
	    this._queue.push({task, args, resolve, reject});
	    this._tryToRun();
	    return promise;
	  }

	};

	var Sync_1 = Sync;

	var version = "2.19.5";
	var version$1 = {
		version: version
	};

	var version$2 = /*#__PURE__*/Object.freeze({
		version: version,
		default: version$1
	});

	var require$$2 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$3 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$4 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;

	parser$3 = parser;

	Events$2 = Events_1;

	RedisConnection$1 = require$$2;

	IORedisConnection$1 = require$$3;

	Scripts$1 = require$$4;

	Group = (function() {
	  class Group {
	    constructor(limiterOptions = {}) {
	      this.deleteKey = this.deleteKey.bind(this);
	      this.limiterOptions = limiterOptions;
	      parser$3.load(this.limiterOptions, this.defaults, this);
	      this.Events = new Events$2(this);
	      this.instances = {};
	      this.Bottleneck = Bottleneck_1;
	      this._startAutoCleanup();
	      this.sharedConnection = this.connection != null;
	      if (this.connection == null) {
	        if (this.limiterOptions.datastore === "redis") {
	          this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        } else if (this.limiterOptions.datastore === "ioredis") {
	          this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        }
	      }
	    }

	    key(key = "") {
	      var ref;
	      return (ref = this.instances[key]) != null ? ref : (() => {
	        var limiter;
	        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
	          id: `${this.id}-${key}`,
	          timeout: this.timeout,
	          connection: this.connection
	        }));
	        this.Events.trigger("created", limiter, key);
	        return limiter;
	      })();
	    }

	    async deleteKey(key = "") {
	      var deleted, instance;
	      instance = this.instances[key];
	      if (this.connection) {
	        deleted = (await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]));
	      }
	      if (instance != null) {
	        delete this.instances[key];
	        await instance.disconnect();
	      }
	      return (instance != null) || deleted > 0;
	    }

	    limiters() {
	      var k, ref, results, v;
	      ref = this.instances;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        results.push({
	          key: k,
	          limiter: v
	        });
	      }
	      return results;
	    }

	    keys() {
	      return Object.keys(this.instances);
	    }

	    async clusterKeys() {
	      var cursor, end, found, i, k, keys, len, next, start;
	      if (this.connection == null) {
	        return this.Promise.resolve(this.keys());
	      }
	      keys = [];
	      cursor = null;
	      start = `b_${this.id}-`.length;
	      end = "_settings".length;
	      while (cursor !== 0) {
	        [next, found] = (await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 10000]));
	        cursor = ~~next;
	        for (i = 0, len = found.length; i < len; i++) {
	          k = found[i];
	          keys.push(k.slice(start, -end));
	        }
	      }
	      return keys;
	    }

	    _startAutoCleanup() {
	      var base;
	      clearInterval(this.interval);
	      return typeof (base = (this.interval = setInterval(async() => {
	        var e, k, ref, results, time, v;
	        time = Date.now();
	        ref = this.instances;
	        results = [];
	        for (k in ref) {
	          v = ref[k];
	          try {
	            if ((await v._store.__groupCheck__(time))) {
	              results.push(this.deleteKey(k));
	            } else {
	              results.push(void 0);
	            }
	          } catch (error) {
	            e = error;
	            results.push(v.Events.trigger("error", e));
	          }
	        }
	        return results;
	      }, this.timeout / 2))).unref === "function" ? base.unref() : void 0;
	    }

	    updateSettings(options = {}) {
	      parser$3.overwrite(options, this.defaults, this);
	      parser$3.overwrite(options, options, this.limiterOptions);
	      if (options.timeout != null) {
	        return this._startAutoCleanup();
	      }
	    }

	    disconnect(flush = true) {
	      var ref;
	      if (!this.sharedConnection) {
	        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
	      }
	    }

	  }
	  Group.prototype.defaults = {
	    timeout: 1000 * 60 * 5,
	    connection: null,
	    Promise: Promise,
	    id: "group-key"
	  };

	  return Group;

	}).call(commonjsGlobal);

	var Group_1 = Group;

	var Batcher, Events$3, parser$4;

	parser$4 = parser;

	Events$3 = Events_1;

	Batcher = (function() {
	  class Batcher {
	    constructor(options = {}) {
	      this.options = options;
	      parser$4.load(this.options, this.defaults, this);
	      this.Events = new Events$3(this);
	      this._arr = [];
	      this._resetPromise();
	      this._lastFlush = Date.now();
	    }

	    _resetPromise() {
	      return this._promise = new this.Promise((res, rej) => {
	        return this._resolve = res;
	      });
	    }

	    _flush() {
	      clearTimeout(this._timeout);
	      this._lastFlush = Date.now();
	      this._resolve();
	      this.Events.trigger("batch", this._arr);
	      this._arr = [];
	      return this._resetPromise();
	    }

	    add(data) {
	      var ret;
	      this._arr.push(data);
	      ret = this._promise;
	      if (this._arr.length === this.maxSize) {
	        this._flush();
	      } else if ((this.maxTime != null) && this._arr.length === 1) {
	        this._timeout = setTimeout(() => {
	          return this._flush();
	        }, this.maxTime);
	      }
	      return ret;
	    }

	  }
	  Batcher.prototype.defaults = {
	    maxTime: null,
	    maxSize: null,
	    Promise: Promise
	  };

	  return Batcher;

	}).call(commonjsGlobal);

	var Batcher_1 = Batcher;

	var require$$4$1 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$8 = getCjsExportFromNamespace(version$2);

	var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5,
	  splice = [].splice;

	NUM_PRIORITIES$1 = 10;

	DEFAULT_PRIORITY$1 = 5;

	parser$5 = parser;

	Queues$1 = Queues_1;

	Job$1 = Job_1;

	LocalDatastore$1 = LocalDatastore_1;

	RedisDatastore$1 = require$$4$1;

	Events$4 = Events_1;

	States$1 = States_1;

	Sync$1 = Sync_1;

	Bottleneck = (function() {
	  class Bottleneck {
	    constructor(options = {}, ...invalid) {
	      var storeInstanceOptions, storeOptions;
	      this._addToQueue = this._addToQueue.bind(this);
	      this._validateOptions(options, invalid);
	      parser$5.load(options, this.instanceDefaults, this);
	      this._queues = new Queues$1(NUM_PRIORITIES$1);
	      this._scheduled = {};
	      this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
	      this._limiter = null;
	      this.Events = new Events$4(this);
	      this._submitLock = new Sync$1("submit", this.Promise);
	      this._registerLock = new Sync$1("register", this.Promise);
	      storeOptions = parser$5.load(options, this.storeDefaults, {});
	      this._store = (function() {
	        if (this.datastore === "redis" || this.datastore === "ioredis" || (this.connection != null)) {
	          storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
	          return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else if (this.datastore === "local") {
	          storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
	          return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else {
	          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
	        }
	      }).call(this);
	      this._queues.on("leftzero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
	      });
	      this._queues.on("zero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
	      });
	    }

	    _validateOptions(options, invalid) {
	      if (!((options != null) && typeof options === "object" && invalid.length === 0)) {
	        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
	      }
	    }

	    ready() {
	      return this._store.ready;
	    }

	    clients() {
	      return this._store.clients;
	    }

	    channel() {
	      return `b_${this.id}`;
	    }

	    channel_client() {
	      return `b_${this.id}_${this._store.clientId}`;
	    }

	    publish(message) {
	      return this._store.__publish__(message);
	    }

	    disconnect(flush = true) {
	      return this._store.__disconnect__(flush);
	    }

	    chain(_limiter) {
	      this._limiter = _limiter;
	      return this;
	    }

	    queued(priority) {
	      return this._queues.queued(priority);
	    }

	    clusterQueued() {
	      return this._store.__queued__();
	    }

	    empty() {
	      return this.queued() === 0 && this._submitLock.isEmpty();
	    }

	    running() {
	      return this._store.__running__();
	    }

	    done() {
	      return this._store.__done__();
	    }

	    jobStatus(id) {
	      return this._states.jobStatus(id);
	    }

	    jobs(status) {
	      return this._states.statusJobs(status);
	    }

	    counts() {
	      return this._states.statusCounts();
	    }

	    _randomIndex() {
	      return Math.random().toString(36).slice(2);
	    }

	    check(weight = 1) {
	      return this._store.__check__(weight);
	    }

	    _clearGlobalState(index) {
	      if (this._scheduled[index] != null) {
	        clearTimeout(this._scheduled[index].expiration);
	        delete this._scheduled[index];
	        return true;
	      } else {
	        return false;
	      }
	    }

	    async _free(index, job, options, eventInfo) {
	      var e, running;
	      try {
	        ({running} = (await this._store.__free__(index, options.weight)));
	        this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
	        if (running === 0 && this.empty()) {
	          return this.Events.trigger("idle");
	        }
	      } catch (error1) {
	        e = error1;
	        return this.Events.trigger("error", e);
	      }
	    }

	    _run(index, job, wait) {
	      var clearGlobalState, free, run;
	      job.doRun();
	      clearGlobalState = this._clearGlobalState.bind(this, index);
	      run = this._run.bind(this, index, job);
	      free = this._free.bind(this, index, job);
	      return this._scheduled[index] = {
	        timeout: setTimeout(() => {
	          return job.doExecute(this._limiter, clearGlobalState, run, free);
	        }, wait),
	        expiration: job.options.expiration != null ? setTimeout(function() {
	          return job.doExpire(clearGlobalState, run, free);
	        }, wait + job.options.expiration) : void 0,
	        job: job
	      };
	    }

	    _drainOne(capacity) {
	      return this._registerLock.schedule(() => {
	        var args, index, next, options, queue;
	        if (this.queued() === 0) {
	          return this.Promise.resolve(null);
	        }
	        queue = this._queues.getFirst();
	        ({options, args} = next = queue.first());
	        if ((capacity != null) && options.weight > capacity) {
	          return this.Promise.resolve(null);
	        }
	        this.Events.trigger("debug", `Draining ${options.id}`, {args, options});
	        index = this._randomIndex();
	        return this._store.__register__(index, options.weight, options.expiration).then(({success, wait, reservoir}) => {
	          var empty;
	          this.Events.trigger("debug", `Drained ${options.id}`, {success, args, options});
	          if (success) {
	            queue.shift();
	            empty = this.empty();
	            if (empty) {
	              this.Events.trigger("empty");
	            }
	            if (reservoir === 0) {
	              this.Events.trigger("depleted", empty);
	            }
	            this._run(index, next, wait);
	            return this.Promise.resolve(options.weight);
	          } else {
	            return this.Promise.resolve(null);
	          }
	        });
	      });
	    }

	    _drainAll(capacity, total = 0) {
	      return this._drainOne(capacity).then((drained) => {
	        var newCapacity;
	        if (drained != null) {
	          newCapacity = capacity != null ? capacity - drained : capacity;
	          return this._drainAll(newCapacity, total + drained);
	        } else {
	          return this.Promise.resolve(total);
	        }
	      }).catch((e) => {
	        return this.Events.trigger("error", e);
	      });
	    }

	    _dropAllQueued(message) {
	      return this._queues.shiftAll(function(job) {
	        return job.doDrop({message});
	      });
	    }

	    stop(options = {}) {
	      var done, waitForExecuting;
	      options = parser$5.load(options, this.stopDefaults);
	      waitForExecuting = (at) => {
	        var finished;
	        finished = () => {
	          var counts;
	          counts = this._states.counts;
	          return (counts[0] + counts[1] + counts[2] + counts[3]) === at;
	        };
	        return new this.Promise((resolve, reject) => {
	          if (finished()) {
	            return resolve();
	          } else {
	            return this.on("done", () => {
	              if (finished()) {
	                this.removeAllListeners("done");
	                return resolve();
	              }
	            });
	          }
	        });
	      };
	      done = options.dropWaitingJobs ? (this._run = function(index, next) {
	        return next.doDrop({
	          message: options.dropErrorMessage
	        });
	      }, this._drainOne = () => {
	        return this.Promise.resolve(null);
	      }, this._registerLock.schedule(() => {
	        return this._submitLock.schedule(() => {
	          var k, ref, v;
	          ref = this._scheduled;
	          for (k in ref) {
	            v = ref[k];
	            if (this.jobStatus(v.job.options.id) === "RUNNING") {
	              clearTimeout(v.timeout);
	              clearTimeout(v.expiration);
	              v.job.doDrop({
	                message: options.dropErrorMessage
	              });
	            }
	          }
	          this._dropAllQueued(options.dropErrorMessage);
	          return waitForExecuting(0);
	        });
	      })) : this.schedule({
	        priority: NUM_PRIORITIES$1 - 1,
	        weight: 0
	      }, () => {
	        return waitForExecuting(1);
	      });
	      this._receive = function(job) {
	        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
	      };
	      this.stop = () => {
	        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
	      };
	      return done;
	    }

	    async _addToQueue(job) {
	      var args, blocked, error, options, reachedHWM, shifted, strategy;
	      ({args, options} = job);
	      try {
	        ({reachedHWM, blocked, strategy} = (await this._store.__submit__(this.queued(), options.weight)));
	      } catch (error1) {
	        error = error1;
	        this.Events.trigger("debug", `Could not queue ${options.id}`, {args, options, error});
	        job.doDrop({error});
	        return false;
	      }
	      if (blocked) {
	        job.doDrop();
	        return true;
	      } else if (reachedHWM) {
	        shifted = strategy === Bottleneck.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;
	        if (shifted != null) {
	          shifted.doDrop();
	        }
	        if ((shifted == null) || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
	          if (shifted == null) {
	            job.doDrop();
	          }
	          return reachedHWM;
	        }
	      }
	      job.doQueue(reachedHWM, blocked);
	      this._queues.push(job);
	      await this._drainAll();
	      return reachedHWM;
	    }

	    _receive(job) {
	      if (this._states.jobStatus(job.options.id) != null) {
	        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
	        return false;
	      } else {
	        job.doReceive();
	        return this._submitLock.schedule(this._addToQueue, job);
	      }
	    }

	    submit(...args) {
	      var cb, fn, job, options, ref, ref1, task;
	      if (typeof args[0] === "function") {
	        ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
	        options = parser$5.load({}, this.jobDefaults);
	      } else {
	        ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
	        options = parser$5.load(options, this.jobDefaults);
	      }
	      task = (...args) => {
	        return new this.Promise(function(resolve, reject) {
	          return fn(...args, function(...args) {
	            return (args[0] != null ? reject : resolve)(args);
	          });
	        });
	      };
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      job.promise.then(function(args) {
	        return typeof cb === "function" ? cb(...args) : void 0;
	      }).catch(function(args) {
	        if (Array.isArray(args)) {
	          return typeof cb === "function" ? cb(...args) : void 0;
	        } else {
	          return typeof cb === "function" ? cb(args) : void 0;
	        }
	      });
	      return this._receive(job);
	    }

	    schedule(...args) {
	      var job, options, task;
	      if (typeof args[0] === "function") {
	        [task, ...args] = args;
	        options = {};
	      } else {
	        [options, task, ...args] = args;
	      }
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      this._receive(job);
	      return job.promise;
	    }

	    wrap(fn) {
	      var schedule, wrapped;
	      schedule = this.schedule.bind(this);
	      wrapped = function(...args) {
	        return schedule(fn.bind(this), ...args);
	      };
	      wrapped.withOptions = function(options, ...args) {
	        return schedule(options, fn, ...args);
	      };
	      return wrapped;
	    }

	    async updateSettings(options = {}) {
	      await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
	      parser$5.overwrite(options, this.instanceDefaults, this);
	      return this;
	    }

	    currentReservoir() {
	      return this._store.__currentReservoir__();
	    }

	    incrementReservoir(incr = 0) {
	      return this._store.__incrementReservoir__(incr);
	    }

	  }
	  Bottleneck.default = Bottleneck;

	  Bottleneck.Events = Events$4;

	  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;

	  Bottleneck.strategy = Bottleneck.prototype.strategy = {
	    LEAK: 1,
	    OVERFLOW: 2,
	    OVERFLOW_PRIORITY: 4,
	    BLOCK: 3
	  };

	  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = BottleneckError_1;

	  Bottleneck.Group = Bottleneck.prototype.Group = Group_1;

	  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = require$$2;

	  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = require$$3;

	  Bottleneck.Batcher = Bottleneck.prototype.Batcher = Batcher_1;

	  Bottleneck.prototype.jobDefaults = {
	    priority: DEFAULT_PRIORITY$1,
	    weight: 1,
	    expiration: null,
	    id: "<no-id>"
	  };

	  Bottleneck.prototype.storeDefaults = {
	    maxConcurrent: null,
	    minTime: 0,
	    highWater: null,
	    strategy: Bottleneck.prototype.strategy.LEAK,
	    penalty: null,
	    reservoir: null,
	    reservoirRefreshInterval: null,
	    reservoirRefreshAmount: null,
	    reservoirIncreaseInterval: null,
	    reservoirIncreaseAmount: null,
	    reservoirIncreaseMaximum: null
	  };

	  Bottleneck.prototype.localStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 250
	  };

	  Bottleneck.prototype.redisStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 5000,
	    clientTimeout: 10000,
	    Redis: null,
	    clientOptions: {},
	    clusterNodes: null,
	    clearDatastore: false,
	    connection: null
	  };

	  Bottleneck.prototype.instanceDefaults = {
	    datastore: "local",
	    connection: null,
	    id: "<no-id>",
	    rejectOnDrop: true,
	    trackDoneStatus: false,
	    Promise: Promise
	  };

	  Bottleneck.prototype.stopDefaults = {
	    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
	    dropWaitingJobs: true,
	    dropErrorMessage: "This limiter has been stopped."
	  };

	  return Bottleneck;

	}).call(commonjsGlobal);

	var Bottleneck_1 = Bottleneck;

	var lib = Bottleneck_1;

	return lib;

})));


/***/ }),

/***/ 759:
/***/ ((module) => {

/*!
 * escape-html
 * Copyright(c) 2012-2013 TJ Holowaychuk
 * Copyright(c) 2015 Andreas Lubbe
 * Copyright(c) 2015 Tiancheng "Timothy" Gu
 * MIT Licensed
 */



/**
 * Module variables.
 * @private
 */

var matchHtmlRegExp = /["'&<>]/;

/**
 * Module exports.
 * @public
 */

module.exports = escapeHtml;

/**
 * Escape special characters in the given string of html.
 *
 * @param  {string} string The string to escape for inserting into HTML
 * @return {string}
 * @public
 */

function escapeHtml(string) {
  var str = '' + string;
  var match = matchHtmlRegExp.exec(str);

  if (!match) {
    return str;
  }

  var escape;
  var html = '';
  var index = 0;
  var lastIndex = 0;

  for (index = match.index; index < str.length; index++) {
    switch (str.charCodeAt(index)) {
      case 34: // "
        escape = '&quot;';
        break;
      case 38: // &
        escape = '&amp;';
        break;
      case 39: // '
        escape = '&#39;';
        break;
      case 60: // <
        escape = '&lt;';
        break;
      case 62: // >
        escape = '&gt;';
        break;
      default:
        continue;
    }

    if (lastIndex !== index) {
      html += str.substring(lastIndex, index);
    }

    lastIndex = index + 1;
    html += escape;
  }

  return lastIndex !== index
    ? html + str.substring(lastIndex, index)
    : html;
}


/***/ }),

/***/ 313:
/***/ ((module) => {

module.exports = Pend;

function Pend() {
  this.pending = 0;
  this.max = Infinity;
  this.listeners = [];
  this.waiting = [];
  this.error = null;
}

Pend.prototype.go = function(fn) {
  if (this.pending < this.max) {
    pendGo(this, fn);
  } else {
    this.waiting.push(fn);
  }
};

Pend.prototype.wait = function(cb) {
  if (this.pending === 0) {
    cb(this.error);
  } else {
    this.listeners.push(cb);
  }
};

Pend.prototype.hold = function() {
  return pendHold(this);
};

function pendHold(self) {
  self.pending += 1;
  var called = false;
  return onCb;
  function onCb(err) {
    if (called) throw new Error("callback called twice");
    called = true;
    self.error = self.error || err;
    self.pending -= 1;
    if (self.waiting.length > 0 && self.pending < self.max) {
      pendGo(self, self.waiting.shift());
    } else if (self.pending === 0) {
      var listeners = self.listeners;
      self.listeners = [];
      listeners.forEach(cbListener);
    }
  }
  function cbListener(listener) {
    listener(self.error);
  }
}

function pendGo(self, fn) {
  fn(pendHold(self));
}


/***/ }),

/***/ 6:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(16);
const utils = __nccwpck_require__(59);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(595);
const utils = __nccwpck_require__(59);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 16:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(781);
const parse = __nccwpck_require__(265);
const utils = __nccwpck_require__(59);
const constants = __nccwpck_require__(595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(59);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 59:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 248:
/***/ ((module) => {

// Adapted from https://github.com/brianloveswords/buffer-crc32/blob/v0.2.13/index.js
const CRC_TABLE = new Int32Array([
  0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f, 0xe963a535, 0x9e6495a3,
  0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988, 0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91,
  0x1db71064, 0x6ab020f2, 0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
  0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9, 0xfa0f3d63, 0x8d080df5,
  0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172, 0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b,
  0x35b5a8fa, 0x42b2986c, 0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
  0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423, 0xcfba9599, 0xb8bda50f,
  0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924, 0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d,
  0x76dc4190, 0x01db7106, 0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
  0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d, 0x91646c97, 0xe6635c01,
  0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e, 0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457,
  0x65b0d9c6, 0x12b7e950, 0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
  0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7, 0xa4d1c46d, 0xd3d6f4fb,
  0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0, 0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9,
  0x5005713c, 0x270241aa, 0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
  0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81, 0xb7bd5c3b, 0xc0ba6cad,
  0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a, 0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683,
  0xe3630b12, 0x94643b84, 0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
  0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb, 0x196c3671, 0x6e6b06e7,
  0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc, 0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5,
  0xd6d6a3e8, 0xa1d1937e, 0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
  0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55, 0x316e8eef, 0x4669be79,
  0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236, 0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f,
  0xc5ba3bbe, 0xb2bd0b28, 0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
  0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f, 0x72076785, 0x05005713,
  0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38, 0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21,
  0x86d3d2d4, 0xf1d4e242, 0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
  0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69, 0x616bffd3, 0x166ccf45,
  0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2, 0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db,
  0xaed16a4a, 0xd9d65adc, 0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
  0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693, 0x54de5729, 0x23d967bf,
  0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94, 0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
]);

function crc32(buf) {
  let crc = -1;
  for (let x of buf) {
    crc = CRC_TABLE[(crc ^ x) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

module.exports = crc32;


/***/ }),

/***/ 502:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// This was adapted from https://github.com/andrewrk/node-fd-slicer by Andrew Kelley under the MIT License.
var fs = __nccwpck_require__(896);
var util = __nccwpck_require__(23);
var stream = __nccwpck_require__(203);
var Readable = stream.Readable;
var PassThrough = stream.PassThrough;
var Pend = __nccwpck_require__(313);
var EventEmitter = (__nccwpck_require__(434).EventEmitter);

exports.BufferSlicer = BufferSlicer;
exports.FdSlicer = FdSlicer;

util.inherits(FdSlicer, EventEmitter);
function FdSlicer(fd) {
  EventEmitter.call(this);

  this.fd = fd;
  this.pend = new Pend();
  this.pend.max = 1;
  this.refCount = 0;
}

FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  var self = this;
  self.pend.go(function(cb) {
    fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer) {
      cb();
      callback(err, bytesRead, buffer);
    });
  });
};

FdSlicer.prototype.createReadStream = function(options) {
  return new ReadStream(this, options);
};

FdSlicer.prototype.ref = function() {
  this.refCount += 1;
};

FdSlicer.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;
  if (self.refCount < 0) throw new Error("invalid unref");
  if (self.refCount > 0) return;

  fs.close(self.fd, onCloseDone);

  function onCloseDone(err) {
    if (err) {
      self.emit('error', err);
    } else {
      self.emit('close');
    }
  }
};

util.inherits(ReadStream, Readable);
function ReadStream(context, options) {
  options = options || {};
  Readable.call(this, options);

  this.context = context;
  this.context.ref();

  this.start = options.start || 0;
  this.endOffset = options.end;
  this.pos = this.start;
}

ReadStream.prototype._read = function(n) {
  var self = this;

  var toRead = Math.min(self._readableState.highWaterMark, n);
  if (self.endOffset != null) {
    toRead = Math.min(toRead, self.endOffset - self.pos);
  }
  if (toRead <= 0) {
    self.push(null);
    this._cleanup();
    return;
  }
  self.context.pend.go(function(cb) {
    var buffer = Buffer.allocUnsafe(toRead);
    fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
      if (err) {
        self.destroy(err);
      } else if (bytesRead === 0) {
        self.push(null);
        self._cleanup();
      } else {
        self.pos += bytesRead;
        self.push(buffer.slice(0, bytesRead));
      }
      cb();
    });
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  // Node 14+ calls this automatically at EOF.
  this._cleanup();
  cb(err);
};

ReadStream.prototype._cleanup = function() {
  if (this.context != null) {
    this.context.unref();
    this.context = null;
  }
};

util.inherits(BufferSlicer, EventEmitter);
function BufferSlicer(buffer) {
  EventEmitter.call(this);

  this.refCount = 0;
  this.buffer = buffer;
}

BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
  if (position < 0) throw new RangeError("position is negative: " + position);
  if (offset + length > buffer.length) {
    // The caller's buffer can't hold all the bytes they're trying to read.
    // Clamp the length instead of giving an error.
    // The callback will be informed of fewer than expected bytes written.
    length = buffer.length - offset;
  }
  if (position + length > this.buffer.length) {
    // Clamp any attempt to read past the end of the source buffer.
    length = this.buffer.length - position;
  }
  if (length <= 0) {
    // After any clamping, we're fully out of bounds or otherwise have nothing to do.
    // This isn't an error; it's just zero bytes written.
    setImmediate(function() {
      callback(null, 0);
    });
    return;
  }
  this.buffer.copy(buffer, offset, position, position + length);
  setImmediate(function() {
    callback(null, length);
  });
};

BufferSlicer.prototype.createReadStream = function(options) {
  options = options || {};
  var readStream = new PassThrough(options);
  readStream.start = options.start || 0;
  readStream.endOffset = options.end;
  // by the time this function returns, we'll be done.
  readStream.pos = readStream.endOffset || this.buffer.length;

  var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
  // Cut the buffer into smaller slices for better memory usage when streaming into a zlib inflate stream.
  // See https://github.com/thejoshwolfe/yauzl/issues/87
  var maxChunkSize = 0x10000;
  var offset = 0;
  while (true) {
    var nextOffset = offset + maxChunkSize;
    if (nextOffset >= entireSlice.length) {
      // last chunk
      if (offset < entireSlice.length) {
        readStream.write(entireSlice.slice(offset, entireSlice.length));
      }
      break;
    }
    readStream.write(entireSlice.slice(offset, nextOffset));
    offset = nextOffset;
  }

  readStream.end();
  return readStream;
};

BufferSlicer.prototype.ref = function() {
  this.refCount += 1;
};

BufferSlicer.prototype.unref = function() {
  this.refCount -= 1;

  if (this.refCount < 0) {
    throw new Error("invalid unref");
  }
};


/***/ }),

/***/ 663:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var fs = __nccwpck_require__(896);
var zlib = __nccwpck_require__(106);
var fd_slicer = __nccwpck_require__(502);
var util = __nccwpck_require__(23);
var EventEmitter = (__nccwpck_require__(434).EventEmitter);
var Transform = (__nccwpck_require__(203).Transform);
var PassThrough = (__nccwpck_require__(203).PassThrough);
var Writable = (__nccwpck_require__(203).Writable);

// Node 20 added zlib.crc32.
const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : __nccwpck_require__(248);

exports.open = open;
exports.fromFd = fromFd;
exports.fromBuffer = fromBuffer;
exports.fromRandomAccessReader = fromRandomAccessReader;
exports.openPromise = openPromise;
exports.fromFdPromise = fromFdPromise;
exports.fromBufferPromise = fromBufferPromise;
exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;

exports.dosDateTimeToDate = dosDateTimeToDate;
exports.getFileNameLowLevel = getFileNameLowLevel;
exports.validateFileName = validateFileName;
exports.parseExtraFields = parseExtraFields;
exports.ZipFile = ZipFile;
exports.Entry = Entry;
exports.LocalFileHeader = LocalFileHeader;
exports.RandomAccessReader = RandomAccessReader;

function openPromise(path, options) {
  return new Promise((resolve, reject) => {
    open(path, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromFdPromise(fd, options) {
  return new Promise((resolve, reject) => {
    fromFd(fd, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromBufferPromise(buffer, options) {
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromRandomAccessReaderPromise(reader, totalSize, options) {
  return new Promise((resolve, reject) => {
    fromRandomAccessReader(reader, totalSize, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}

function open(path, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.open(path, "r", function(err, fd) {
    if (err) return callback(err);
    fromFd(fd, options, function(err, zipfile) {
      if (err) fs.close(fd, defaultCallback);
      callback(err, zipfile);
    });
  });
}

function fromFd(fd, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.fstat(fd, function(err, stats) {
    if (err) return callback(err);
    var reader = new fd_slicer.FdSlicer(fd);
    fromRandomAccessReader(reader, stats.size, options, callback);
  });
}

function fromBuffer(buffer, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  var reader = new fd_slicer.BufferSlicer(buffer);
  fromRandomAccessReader(reader, buffer.length, options, callback);
}

function fromRandomAccessReader(reader, totalSize, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  var decodeStrings = !!options.decodeStrings;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
  if (totalSize > Number.MAX_SAFE_INTEGER) {
    throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
  }

  // the matching unref() call is in zipfile.close()
  reader.ref();

  // eocdr means End of Central Directory Record.
  // search backwards for the eocdr signature.
  // the last field of the eocdr is a variable-length comment.
  // the comment size is encoded in a 2-byte field in the eocdr, which we can't find without trudging backwards through the comment to find it.
  // as a consequence of this design decision, it's possible to have ambiguous zip file metadata if a coherent eocdr was in the comment.
  // we search backwards for a eocdr signature, and hope that whoever made the zip file was smart enough to forbid the eocdr signature in the comment.
  var eocdrWithoutCommentSize = 22;
  var zip64EocdlSize = 20; // Zip64 end of central directory locator
  var maxCommentSize = 0xffff; // 2-byte size
  var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
  var buffer = newBuffer(bufferSize);
  var bufferReadStart = totalSize - buffer.length;
  readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
    if (err) return callback(err);
    for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
      if (buffer.readUInt32LE(i) !== 0x06054b50) continue;
      // found eocdr
      var eocdrBuffer = buffer.subarray(i);

      // 0 - End of central directory signature = 0x06054b50
      // 4 - Number of this disk
      var diskNumber = eocdrBuffer.readUInt16LE(4);
      // 6 - Disk where central directory starts
      // 8 - Number of central directory records on this disk
      // 10 - Total number of central directory records
      var entryCount = eocdrBuffer.readUInt16LE(10);
      // 12 - Size of central directory (bytes)
      // 16 - Offset of start of central directory, relative to start of archive
      var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
      // 20 - Comment length
      var commentLength = eocdrBuffer.readUInt16LE(20);
      var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
      if (commentLength !== expectedCommentLength) {
        return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK☺☻` in the comment?"));
      }
      // 22 - Comment
      // the encoding is always cp437.
      var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false)
                                  : eocdrBuffer.subarray(22);

      // Look for a Zip64 end of central directory locator
      if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 0x07064b50) {
        // ZIP64 format
        var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
        // 0 - zip64 end of central dir locator signature = 0x07064b50
        // 4 - number of the disk with the start of the zip64 end of central directory
        // 8 - relative offset of the zip64 end of central directory record
        var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
        // 16 - total number of disks

        // ZIP64 end of central directory record
        var zip64EocdrBuffer = newBuffer(56);
        return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err) {
          if (err) return callback(err);

          // 0 - zip64 end of central dir signature                           4 bytes  (0x06064b50)
          if (zip64EocdrBuffer.readUInt32LE(0) !== 0x06064b50) {
            return callback(new Error("invalid zip64 end of central directory record signature"));
          }
          // 4 - size of zip64 end of central directory record                8 bytes
          // 12 - version made by                                             2 bytes
          // 14 - version needed to extract                                   2 bytes
          // 16 - number of this disk                                         4 bytes
          diskNumber = zip64EocdrBuffer.readUInt32LE(16);
          if (diskNumber !== 0) {
            // Check this only after zip64 overrides. See #118.
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          // 20 - number of the disk with the start of the central directory  4 bytes
          // 24 - total number of entries in the central directory on this disk         8 bytes
          // 32 - total number of entries in the central directory            8 bytes
          entryCount = readUInt64LE(zip64EocdrBuffer, 32);
          // 40 - size of the central directory                               8 bytes
          // 48 - offset of start of central directory with respect to the starting disk number     8 bytes
          centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
          // 56 - zip64 extensible data sector                                (variable size)
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));
        });
      }

      // Not ZIP64 format
      if (diskNumber !== 0) {
        return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
      }
      return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));

    }

    // Not a zip file.
    callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
  });
}

util.inherits(ZipFile, EventEmitter);
function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
  var self = this;
  EventEmitter.call(self);
  self.reader = reader;
  // forward close events
  self.reader.on("error", function(err) {
    // error closing the fd
    emitError(self, err);
  });
  self.reader.once("close", function() {
    self.emit("close");
  });
  self.readEntryCursor = centralDirectoryOffset;
  self.fileSize = fileSize;
  self.entryCount = entryCount;
  self.comment = comment;
  self.entriesRead = 0;
  self.autoClose = !!autoClose;
  self.lazyEntries = !!lazyEntries;
  self.decodeStrings = !!decodeStrings;
  self.validateEntrySizes = !!validateEntrySizes;
  self.strictFileNames = !!strictFileNames;
  self.isOpen = true;
  self.emittedError = false;
  self.hasEachEntryBeenCalled = false;

  if (!self.lazyEntries) self._readEntry();
}
ZipFile.prototype.close = function() {
  if (!this.isOpen) return;
  this.isOpen = false;
  this.reader.unref();
};

function emitErrorAndAutoClose(self, err) {
  if (self.autoClose) self.close();
  emitError(self, err);
}
function emitError(self, err) {
  if (self.emittedError) return;
  self.emittedError = true;
  self.emit("error", err);
}

ZipFile.prototype.readEntry = function() {
  if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
  this._readEntry();
};
ZipFile.prototype._readEntry = function() {
  var self = this;
  if (self.entryCount === self.entriesRead) {
    // done with metadata
    setImmediate(function() {
      if (self.autoClose) self.close();
      if (self.emittedError) return;
      self.emit("end");
    });
    return;
  }
  if (self.emittedError) return;
  var buffer = newBuffer(46);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
    if (err) return emitErrorAndAutoClose(self, err);
    if (self.emittedError) return;
    var entry = new Entry();
    // 0 - Central directory file header signature
    var signature = buffer.readUInt32LE(0);
    if (signature !== 0x02014b50) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
    // 4 - Version made by
    entry.versionMadeBy = buffer.readUInt16LE(4);
    // 6 - Version needed to extract (minimum)
    entry.versionNeededToExtract = buffer.readUInt16LE(6);
    // 8 - General purpose bit flag
    entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
    // 10 - Compression method
    entry.compressionMethod = buffer.readUInt16LE(10);
    // 12 - File last modification time
    entry.lastModFileTime = buffer.readUInt16LE(12);
    // 14 - File last modification date
    entry.lastModFileDate = buffer.readUInt16LE(14);
    // 16 - CRC-32
    entry.crc32 = buffer.readUInt32LE(16);
    // 20 - Compressed size
    entry.compressedSize = buffer.readUInt32LE(20);
    // 24 - Uncompressed size
    entry.uncompressedSize = buffer.readUInt32LE(24);
    // 28 - File name length (n)
    entry.fileNameLength = buffer.readUInt16LE(28);
    // 30 - Extra field length (m)
    entry.extraFieldLength = buffer.readUInt16LE(30);
    // 32 - File comment length (k)
    entry.fileCommentLength = buffer.readUInt16LE(32);
    // 34 - Disk number where file starts
    // 36 - Internal file attributes
    entry.internalFileAttributes = buffer.readUInt16LE(36);
    // 38 - External file attributes
    entry.externalFileAttributes = buffer.readUInt32LE(38);
    // 42 - Relative offset of local file header
    entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);

    if (entry.generalPurposeBitFlag & 0x40) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));

    self.readEntryCursor += 46;

    buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
    readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
      if (err) return emitErrorAndAutoClose(self, err);
      if (self.emittedError) return;
      // 46 - File name
      entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
      // 46+n - Extra field
      var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
      entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
      // 46+n+m - File comment
      entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);

      // Parse the extra fields, which we need for processing other fields.
      try {
        entry.extraFields = parseExtraFields(entry.extraFieldRaw);
      } catch (err) {
        return emitErrorAndAutoClose(self, err);
      }

      // Interpret strings according to bit flags, extra fields, and options.
      if (self.decodeStrings) {
        var isUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
        entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
        entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
        var errorMessage = validateFileName(entry.fileName);
        if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
      } else {
        entry.fileComment = entry.fileCommentRaw;
        entry.fileName = entry.fileNameRaw;
      }
      // Maintain API compatibility. See https://github.com/thejoshwolfe/yauzl/issues/47
      entry.comment = entry.fileComment;

      self.readEntryCursor += buffer.length;
      self.entriesRead += 1;

      // Check for the Zip64 Extended Information Extra Field.
      for (var i = 0; i < entry.extraFields.length; i++) {
        var extraField = entry.extraFields[i];
        if (extraField.id !== 0x0001) continue;
        // Found it.

        var zip64EiefBuffer = extraField.data;
        var index = 0;
        // 0 - Original Size          8 bytes
        if (entry.uncompressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
          }
          entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 8 - Compressed Size        8 bytes
        if (entry.compressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
          }
          entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 16 - Relative Header Offset 8 bytes
        if (entry.relativeOffsetOfLocalHeader === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
          }
          entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 24 - Disk Start Number      4 bytes

        break;
      }

      // validate file size
      if (self.validateEntrySizes && entry.compressionMethod === 0) {
        var expectedCompressedSize = entry.uncompressedSize;
        if (entry.isEncrypted()) {
          // traditional encryption prefixes the file data with a header
          expectedCompressedSize += 12;
        }
        if (entry.compressedSize !== expectedCompressedSize) {
          var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
          return emitErrorAndAutoClose(self, new Error(msg));
        }
      }

      self.emit("entry", entry);

      if (!self.lazyEntries) self._readEntry();
    });
  });
};

ZipFile.prototype.eachEntry = function() {
  const self = this;
  if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
  if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
  self.hasEachEntryBeenCalled = true;

  let pendingResolveReject = null;
  self.on("entry", onEntry);
  self.on("end", onEnd);
  self.on("error", onError);
  function cleanup() {
    self.removeListener("entry", onEntry);
    self.removeListener("end", onEnd);
    self.removeListener("error", onError);
    if (self.autoClose) self.close();
  }

  function onEntry(entry) {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    resolve({value: entry});
  }
  function onEnd() {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    resolve({done: true});
  }
  function onError(err) {
    let {reject} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    reject(err);
  }

  return {
    [Symbol.asyncIterator]() {
      // Called once by `for await...of`.
      return this;
    },
    next() {
      // Called on each iteration in a `for await...of`.
      const promise = new Promise((resolve, reject) => {
        if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
        pendingResolveReject = {resolve, reject};
      });
      self.readEntry();
      return promise;
    },
    return(value) {
      // Called when breaking, returning, throwing out of a `for await...of`.
      cleanup();
      return Promise.resolve({done: true, value});
    },
    throw(value) {
      // Almost never called. Something about `yield*` maybe?
      cleanup();
      return Promise.reject(value);
    },
  };
};

ZipFile.prototype.openReadStream = function(entry, options, callback) {
  var self = this;
  // parameter validation
  var relativeStart = 0;
  var relativeEnd = entry.compressedSize;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) {
    options = {};
  } else {
    if (options.decodeFileData === false) {
      // new, simple option
      if (options.decrypt != null) {
        throw new Error("cannot use options.decrypt when options.decodeFileData === false");
      }
      if (options.decompress != null) {
        throw new Error("cannot use options.decompress when options.decodeFileData === false");
      }
      // start and end are allowed
    } else {
      // old, complicated options
      if (options.decrypt != null) {
        if (!entry.isEncrypted()) {
          throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
        }
        if (options.decrypt !== false) throw new Error("invalid options.decrypt value: " + options.decrypt);
        if (entry.isCompressed()) {
          if (options.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
        }
      }
      if (options.decompress != null) {
        if (!entry.isCompressed()) {
          throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
        }
        if (!(options.decompress === false || options.decompress === true)) {
          throw new Error("invalid options.decompress value: " + options.decompress);
        }
        decompress = options.decompress;
      }
    }
    if (options.start != null) {
      relativeStart = options.start;
      if (relativeStart < 0) throw new Error("options.start < 0");
      if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
    }
    if (options.end != null) {
      relativeEnd = options.end;
      if (relativeEnd < 0) throw new Error("options.end < 0");
      if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
      if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
    }
  }
  var rawMode = (
    options.decodeFileData === false || // Explicitly requested raw.
    (
      (entry.compressionMethod === 0 || // Naturally without compression.
        (entry.compressionMethod === 8 && options.decompress === false) // Deprecated compression bypass option.
      ) &&
      (!entry.isEncrypted() || // Naturally without encryption.
        options.decrypt === false // Deprecated encryption bypass option.
      )
    )
  );
  if (options.start != null || options.end != null) {
    // Ensure slicing deals with raw data.
    if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
  }

  // any further errors can either be caused by the zipfile,
  // or were introduced in a minor version of yauzl,
  // so should be passed to the client rather than thrown.
  if (!self.isOpen) return callback(new Error("closed"));
  if (entry.isEncrypted() && !rawMode) {
    if (options.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
  }
  var decompress;
  if (rawMode) {
    decompress = false;
  } else if (entry.compressionMethod === 8) {
    // 8 - The file is Deflated
    decompress = options.decodeFileData !== true;
  } else {
    return callback(new Error("unsupported compression method: " + entry.compressionMethod));
  }

  self.readLocalFileHeader(entry, {minimal: true}, function(err, localFileHeader) {
    if (err) return callback(err);
    self.openReadStreamLowLevel(
      localFileHeader.fileDataStart, entry.compressedSize,
      relativeStart, relativeEnd,
      decompress, entry.uncompressedSize,
      callback);
  });
};

ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
  var self = this;

  var fileDataEnd = fileDataStart + compressedSize;
  var readStream = self.reader.createReadStream({
    start: fileDataStart + relativeStart,
    end: fileDataStart + relativeEnd,
  });
  var endpointStream = readStream;
  if (decompress) {
    var destroyed = false;
    var inflateFilter = zlib.createInflateRaw();
    readStream.on("error", function(err) {
      // setImmediate here because errors can be emitted during the first call to pipe()
      setImmediate(function() {
        if (!destroyed) inflateFilter.emit("error", err);
      });
    });
    readStream.pipe(inflateFilter);

    if (self.validateEntrySizes) {
      endpointStream = new AssertByteCountStream(uncompressedSize);
      inflateFilter.on("error", function(err) {
        // forward zlib errors to the client-visible stream
        setImmediate(function() {
          if (!destroyed) endpointStream.emit("error", err);
        });
      });
      inflateFilter.pipe(endpointStream);
    } else {
      // the zlib filter is the client-visible stream
      endpointStream = inflateFilter;
    }
    // this is part of yauzl's API, so implement this function on the client-visible stream
    installDestroyFn(endpointStream, function() {
      destroyed = true;
      if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
      readStream.unpipe(inflateFilter);
      // TODO: the inflateFilter may cause a memory leak. see Issue #27.
      readStream.destroy();
    });
  }
  callback(null, endpointStream);
};

ZipFile.prototype.readLocalFileHeader = function(entry, options, callback) {
  var self = this;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) options = {};

  self.reader.ref();
  var buffer = newBuffer(30);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
    try {
      if (err) return callback(err);
      // 0 - Local file header signature = 0x04034b50
      var signature = buffer.readUInt32LE(0);
      if (signature !== 0x04034b50) {
        return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
      }

      var fileNameLength = buffer.readUInt16LE(26);
      var extraFieldLength = buffer.readUInt16LE(28);
      var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
      // We now have enough information to do this bounds check.
      if (fileDataStart + entry.compressedSize > self.fileSize) {
        return callback(new Error("file data overflows file bounds: " +
            fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
      }

      if (options.minimal) {
        return callback(null, {fileDataStart: fileDataStart});
      }

      var localFileHeader = new LocalFileHeader();
      localFileHeader.fileDataStart = fileDataStart;

      // 4 - Version needed to extract (minimum)
      localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
      // 6 - General purpose bit flag
      localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
      // 8 - Compression method
      localFileHeader.compressionMethod = buffer.readUInt16LE(8);
      // 10 - File last modification time
      localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
      // 12 - File last modification date
      localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
      // 14 - CRC-32
      localFileHeader.crc32 = buffer.readUInt32LE(14);
      // 18 - Compressed size
      localFileHeader.compressedSize = buffer.readUInt32LE(18);
      // 22 - Uncompressed size
      localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
      // 26 - File name length (n)
      localFileHeader.fileNameLength = fileNameLength;
      // 28 - Extra field length (m)
      localFileHeader.extraFieldLength = extraFieldLength;
      // 30 - File name
      // 30+n - Extra field

      buffer = newBuffer(fileNameLength + extraFieldLength);
      self.reader.ref();
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err) {
        try {
          if (err) return callback(err);
          localFileHeader.fileName = buffer.subarray(0, fileNameLength);
          localFileHeader.extraField = buffer.subarray(fileNameLength);
          return callback(null, localFileHeader);
        } finally {
          self.reader.unref();
        }
      });
    } finally {
      self.reader.unref();
    }
  });
};

ZipFile.prototype.openReadStreamPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.openReadStream(entry, options, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
  return new Promise((resolve, reject) => {
    this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.readLocalFileHeader(entry, options, function(err, localFileHeader) {
      if (err) return reject(err);
      resolve(localFileHeader);
    });
  });
};

function Entry() {
}
Entry.prototype.getLastModDate = function(options) {
  if (options == null) options = {};

  if (!options.forceDosFormat) {
    // Check extended fields.
    for (var i = 0; i < this.extraFields.length; i++) {
      var extraField = this.extraFields[i];
      if (extraField.id === 0x5455) {
        // Info-ZIP "universal timestamp" extended field (`0x5455` aka `"UT"`).
        // See the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
        var data = extraField.data;
        if (data.length < 5) continue; // Too short.
        // The flags define which of the three fields are present: mtime, atime, ctime.
        // We only care about mtime.
        // Also, ctime is never included in practice.
        // And also, atime is only included in the local file header for some reason
        // despite the flags lying about its inclusion in the central header.
        var flags = data[0];
        var HAS_MTIME = 1;
        if (!(flags & HAS_MTIME)) continue; // This will realistically never happen.
        // Although the positions of all of the fields shift around depending on the presence of other fields,
        // mtime is always first if present, and that's the only one we care about.
        var posixTimestamp = data.readInt32LE(1);
        return new Date(posixTimestamp * 1000);
      } else if (extraField.id === 0x000a) {
        var data = extraField.data;
        if (data.length !== 32) continue; // The length is always the same.
        // 4 bytes reserved
        // 2 bytes Tag
        if (data.readUInt16LE(4) !== 1) continue; // Tag1 is actually the only defined Tag.
        // 2 bytes Size
        if (data.readUInt16LE(6) !== 24) continue; // Size is always 24.
        // 8 bytes Mtime
        var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
        // Convert from NTFS to POSIX milliseconds.
        // The big number below is the milliseconds between year 1601 and year 1970
        // (i.e. the negative POSIX timestamp of 1601-01-01 00:00:00Z)
        var millisecondsSince1970 = hundredNanoSecondsSince1601 / 10000 - 11644473600000;
        // Note on numeric precision: JavaScript Number objects lose precision above Number.MAX_SAFE_INTEGER,
        // and NTFS timestamps are typically much bigger than that limit.
        // (MAX_SAFE_INTEGER would represent 1629-07-17T23:58:45.475Z.)
        // However, we're losing precision in the conversion from 100nanosecond units to millisecond units anyway,
        // and the time at which we also lose 1-millisecond precision is year 275760, the JavaScript Date limit (by design).
        // Up through the year 2057, this conversion only drops 4 bits of precision,
        // which is well under the 13-14 bits ratio between the milliseconds and 100nanoseconds.
        return new Date(millisecondsSince1970);
      }
    }
  }

  // Fallback to non-extended encoding.
  return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options.timezone);
};

Entry.prototype.canDecodeFileData = function() {
  return (
    !this.isEncrypted() &&
    (this.compressionMethod === 0 || this.compressionMethod === 8)
  );
};
Entry.prototype.isEncrypted = function() {
  return (this.generalPurposeBitFlag & 0x1) !== 0;
};
Entry.prototype.isCompressed = function() {
  return this.compressionMethod === 8;
};

function LocalFileHeader() {
}

function dosDateTimeToDate(date, time, timezone) {
  var day = date & 0x1f; // 1-31
  var month = (date >> 5 & 0xf) - 1; // 1-12, 0-11
  var year = (date >> 9 & 0x7f) + 1980; // 0-128, 1980-2108

  var millisecond = 0;
  var second = (time & 0x1f) * 2; // 0-29, 0-58 (even numbers)
  var minute = time >> 5 & 0x3f; // 0-59
  var hour = time >> 11 & 0x1f; // 0-23

  if (timezone == null || timezone === "local") {
    return new Date(year, month, day, hour, minute, second, millisecond);
  } else if (timezone === "UTC") {
    return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
  } else {
    throw new Error("unrecognized options.timezone: " + options.timezone);
  }
}

function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
  var fileName = null;

  // check for Info-ZIP Unicode Path Extra Field (0x7075)
  // see https://github.com/thejoshwolfe/yauzl/issues/33
  for (var i = 0; i < extraFields.length; i++) {
    var extraField = extraFields[i];
    if (extraField.id === 0x7075) {
      if (extraField.data.length < 6) {
        // too short to be meaningful
        continue;
      }
      // Version       1 byte      version of this extra field, currently 1
      if (extraField.data.readUInt8(0) !== 1) {
        // > Changes may not be backward compatible so this extra
        // > field should not be used if the version is not recognized.
        continue;
      }
      // NameCRC32     4 bytes     File Name Field CRC32 Checksum
      var oldNameCrc32 = extraField.data.readUInt32LE(1);
      if (crc32(fileNameBuffer) !== oldNameCrc32) {
        // > If the CRC check fails, this UTF-8 Path Extra Field should be
        // > ignored and the File Name field in the header should be used instead.
        continue;
      }
      // UnicodeName   Variable    UTF-8 version of the entry File Name
      fileName = decodeBuffer(extraField.data.subarray(5), true);
      break;
    }
  }

  if (fileName == null) {
    // The typical case.
    var isUtf8 = (generalPurposeBitFlag & 0x800) !== 0;
    fileName = decodeBuffer(fileNameBuffer, isUtf8);
  }

  if (!strictFileNames) {
    // Allow backslash.
    fileName = fileName.replace(/\\/g, "/");
  }
  return fileName;
}

function validateFileName(fileName) {
  if (fileName.indexOf("\\") !== -1) {
    return "invalid characters in fileName: " + fileName;
  }
  if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
    return "absolute path: " + fileName;
  }
  if (fileName.split("/").indexOf("..") !== -1) {
    return "invalid relative path: " + fileName;
  }
  // all good
  return null;
}

function parseExtraFields(extraFieldBuffer) {
  var extraFields = [];
  var i = 0;
  while (i < extraFieldBuffer.length - 3) {
    var headerId = extraFieldBuffer.readUInt16LE(i + 0);
    var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
    var dataStart = i + 4;
    var dataEnd = dataStart + dataSize;
    if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
    var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
    extraFields.push({
      id: headerId,
      data: dataBuffer,
    });
    i = dataEnd;
  }
  return extraFields;
}

function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
  if (length === 0) {
    // fs.read will throw an out-of-bounds error if you try to read 0 bytes from a 0 byte file
    return setImmediate(function() { callback(null, newBuffer(0)); });
  }
  reader.read(buffer, offset, length, position, function(err, bytesRead) {
    if (err) return callback(err);
    if (bytesRead < length) {
      return callback(new Error("unexpected EOF"));
    }
    callback();
  });
}

util.inherits(AssertByteCountStream, Transform);
function AssertByteCountStream(byteCount) {
  Transform.call(this);
  this.actualByteCount = 0;
  this.expectedByteCount = byteCount;
}
AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
  this.actualByteCount += chunk.length;
  if (this.actualByteCount > this.expectedByteCount) {
    var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb(null, chunk);
};
AssertByteCountStream.prototype._flush = function(cb) {
  if (this.actualByteCount < this.expectedByteCount) {
    var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb();
};

util.inherits(RandomAccessReader, EventEmitter);
function RandomAccessReader() {
  EventEmitter.call(this);
  this.refCount = 0;
}
RandomAccessReader.prototype.ref = function() {
  this.refCount += 1;
};
RandomAccessReader.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;

  if (self.refCount > 0) return;
  if (self.refCount < 0) throw new Error("invalid unref");

  self.close(onCloseDone);

  function onCloseDone(err) {
    if (err) return self.emit('error', err);
    self.emit('close');
  }
};
RandomAccessReader.prototype.createReadStream = function(options) {
  if (options == null) options = {};
  var start = options.start;
  var end = options.end;
  if (start === end) {
    var emptyStream = new PassThrough();
    setImmediate(function() {
      emptyStream.end();
    });
    return emptyStream;
  }
  var stream = this._readStreamForRange(start, end);

  var destroyed = false;
  var refUnrefFilter = new RefUnrefFilter(this);
  stream.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) refUnrefFilter.emit("error", err);
    });
  });
  installDestroyFn(refUnrefFilter, function() {
    stream.unpipe(refUnrefFilter);
    refUnrefFilter.unref();
    stream.destroy();
  });

  var byteCounter = new AssertByteCountStream(end - start);
  refUnrefFilter.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) byteCounter.emit("error", err);
    });
  });
  installDestroyFn(byteCounter, function() {
    destroyed = true;
    refUnrefFilter.unpipe(byteCounter);
    refUnrefFilter.destroy();
  });

  return stream.pipe(refUnrefFilter).pipe(byteCounter);
};
RandomAccessReader.prototype._readStreamForRange = function(start, end) {
  throw new Error("not implemented");
};
RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
  var readStream = this.createReadStream({start: position, end: position + length});
  var writeStream = new Writable();
  var written = 0;
  writeStream._write = function(chunk, encoding, cb) {
    chunk.copy(buffer, offset + written, 0, chunk.length);
    written += chunk.length;
    cb();
  };
  writeStream.on("finish", callback);
  readStream.on("error", function(error) {
    callback(error);
  });
  readStream.pipe(writeStream);
};
RandomAccessReader.prototype.close = function(callback) {
  setImmediate(callback);
};

util.inherits(RefUnrefFilter, PassThrough);
function RefUnrefFilter(context) {
  PassThrough.call(this);
  this.context = context;
  this.context.ref();
  this.unreffedYet = false;
}
RefUnrefFilter.prototype._flush = function(cb) {
  this.unref();
  cb();
};
RefUnrefFilter.prototype.unref = function(cb) {
  if (this.unreffedYet) return;
  this.unreffedYet = true;
  this.context.unref();
};

var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
function decodeBuffer(buffer, isUtf8) {
  if (isUtf8) {
    return buffer.toString("utf8");
  } else {
    var result = "";
    for (var i = 0; i < buffer.length; i++) {
      result += cp437[buffer[i]];
    }
    return result;
  }
}

function readUInt64LE(buffer, offset) {
  // There is no native function for this, because we can't actually store 64-bit integers precisely.
  // after 53 bits, JavaScript's Number type (IEEE 754 double) can't store individual integers anymore.
  // but since 53 bits is a whole lot more than 32 bits, we do our best anyway.
  // As of 2020, Node has added support for BigInt, which obviates this whole function,
  // but yauzl hasn't been updated to depend on BigInt (yet?).
  var lower32 = buffer.readUInt32LE(offset);
  var upper32 = buffer.readUInt32LE(offset + 4);
  // we can't use bitshifting here, because JavaScript bitshifting only works on 32-bit integers.
  return upper32 * 0x100000000 + lower32;
  // as long as we're bounds checking the result of this function against the total file size,
  // we'll catch any overflow errors, because we already made sure the total file size was within reason.
}

// Node 10 deprecated new Buffer().
var newBuffer;
if (typeof Buffer.allocUnsafe === "function") {
  newBuffer = function(len) {
    return Buffer.allocUnsafe(len);
  };
} else {
  newBuffer = function(len) {
    return new Buffer(len);
  };
}

// Node 8 introduced a proper destroy() implementation on writable streams.
function installDestroyFn(stream, fn) {
  if (typeof stream.destroy === "function") {
    // New API.
    stream._destroy = function(err, cb) {
      fn();
      if (cb != null) cb(err);
    };
  } else {
    // Old API.
    stream.destroy = fn;
  }
}

function defaultCallback(err) {
  if (err) throw err;
}


/***/ }),

/***/ 698:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(680);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .processIo */ .W)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 680:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main),
  W: () => (/* reexport */ processIo)
});

;// CONCATENATED MODULE: ./packages/core/src/errors.ts
/**
 * A mistake in what the user gave us (a missing path, a bad input value, a file we refuse to
 * read). Reported as one clear line without a stack trace. Anything else is a bug in prodfix
 * and keeps its stack.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/** True for errors that are the user's to fix (message only, no stack). */
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
/** A one-line description of any thrown value, safe to print. */
function describeError(error) {
    if (error instanceof Error)
        return error.message.split('\n')[0] ?? error.name;
    return String(error);
}

;// CONCATENATED MODULE: ./packages/core/src/input/ansi.ts
/**
 * Removes terminal escape sequences (CSI such as colours and cursor moves, OSC such as
 * hyperlinks and titles, charset switches) so analysis sees the text a person reads.
 */
// CSI: ESC [ params intermediates final; OSC: ESC ] … (BEL | ESC \); charset: ESC ( B etc.;
// other two-byte escapes: ESC followed by one of @-Z\-_; C1 CSI (U+009B).
const ANSI_PATTERN = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[()*+][0-9A-Za-z]|\x1b[@-Z\\-_=>78]|\x9b[0-?]*[ -/]*[@-~]/g;
function stripAnsi(text) {
    if (text.indexOf('\x1b') === -1 && text.indexOf('\x9b') === -1)
        return text;
    return text.replace(ANSI_PATTERN, '');
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./packages/core/src/input/keyword-automaton.ts
/**
 * A multi-keyword matcher over UTF-8 bytes (Aho–Corasick with a dense transition table),
 * case-insensitive for ASCII letters. Testing a log line against dozens of keywords costs one
 * table step per byte, which is what lets the engine read a gigabyte of logs at disk speed;
 * a regular-expression alternation of the same words is an order of magnitude slower in V8.
 */
/** `lineTables().flags`: a keyword ended at this byte. */
const KEYWORD = 1;
/** `lineTables().flags`: this byte ends a line (LF or CR). */
const LINE_END = 2;
class KeywordAutomaton {
    /** Next state for (state, byte class). */
    delta;
    /** Non-zero when reaching the state means a keyword ended here. */
    accepting;
    /** Byte → class (letters folded to lower case; bytes in no keyword share class 0). */
    byteClass;
    classes;
    /** Per state, the bit set of keywords (by index) that end there; `words` 32-bit words a state. */
    outputs;
    /** Words in one keyword bit set. */
    words;
    constructor(keywords) {
        const patterns = keywords.map((keyword) => Buffer.from(keyword.toLowerCase(), 'utf8'));
        this.byteClass = new Uint8Array(256);
        let classes = 1;
        for (const pattern of patterns) {
            for (const byte of pattern) {
                if (this.byteClass[byte] === 0) {
                    this.byteClass[byte] = classes;
                    if (byte >= 97 && byte <= 122)
                        this.byteClass[byte - 32] = classes; // upper-case letter
                    classes++;
                }
            }
        }
        if (classes > 255)
            throw new Error('too many distinct bytes in keywords');
        this.classes = classes;
        // Trie.
        const goto = [new Map()];
        const accepting = [0];
        const ends = [[]];
        for (const [index, pattern] of patterns.entries()) {
            let state = 0;
            for (const byte of pattern) {
                const cls = this.byteClass[byte];
                let next = goto[state].get(cls);
                if (next === undefined) {
                    next = goto.length;
                    goto.push(new Map());
                    accepting.push(0);
                    ends.push([]);
                    goto[state].set(cls, next);
                }
                state = next;
            }
            accepting[state] = 1;
            ends[state].push(index);
        }
        // Failure links, breadth first, folded into a dense table.
        const states = goto.length;
        const delta = new Int32Array(states * classes);
        const fail = new Int32Array(states);
        const queue = [];
        for (let cls = 0; cls < classes; cls++) {
            const next = goto[0].get(cls);
            delta[cls] = next ?? 0;
            if (next !== undefined)
                queue.push(next);
        }
        for (let head = 0; head < queue.length; head++) {
            const state = queue[head];
            if (accepting[fail[state]])
                accepting[state] = 1;
            ends[state].push(...ends[fail[state]]);
            for (let cls = 0; cls < classes; cls++) {
                const next = goto[state].get(cls);
                if (next !== undefined) {
                    fail[next] = delta[fail[state] * classes + cls];
                    delta[state * classes + cls] = next;
                    queue.push(next);
                }
                else {
                    delta[state * classes + cls] = delta[fail[state] * classes + cls];
                }
            }
        }
        this.delta = delta;
        this.accepting = Uint8Array.from(accepting);
        this.words = Math.max(1, Math.ceil(patterns.length / 32));
        this.outputs = new Uint32Array(states * this.words);
        ends.forEach((list, state) => {
            for (const index of list)
                this.outputs[state * this.words + (index >>> 5)] |= 1 << (index & 31);
        });
    }
    /** A bit set with the given keyword indices, in the layout `collect` fills. */
    maskOf(indices) {
        const mask = new Uint32Array(this.words);
        for (const index of indices)
            mask[index >>> 5] |= 1 << (index & 31);
        return mask;
    }
    /**
     * Sets in `into` (cleared first) the bit of every keyword that occurs in the text. Characters
     * are fed as their UTF-8 bytes, so non-ASCII keywords (`●`) match too.
     */
    collect(text, into) {
        into.fill(0);
        const { delta, accepting, byteClass, classes, outputs, words } = this;
        let state = 0;
        for (let i = 0; i < text.length; i++) {
            const code = text.charCodeAt(i);
            // Characters go through as their UTF-8 bytes (up to three for the BMP).
            let bytes;
            let count;
            if (code < 0x80) {
                bytes = code;
                count = 1;
            }
            else if (code < 0x800) {
                bytes = ((0xc0 | (code >> 6)) << 8) | (0x80 | (code & 0x3f));
                count = 2;
            }
            else {
                bytes = ((0xe0 | (code >> 12)) << 16) | ((0x80 | ((code >> 6) & 0x3f)) << 8) | (0x80 | (code & 0x3f));
                count = 3;
            }
            for (let k = count - 1; k >= 0; k--) {
                state = delta[state * classes + byteClass[(bytes >>> (k * 8)) & 0xff]];
                if (accepting[state] !== 0) {
                    const base = state * words;
                    for (let w = 0; w < words; w++)
                        into[w] |= outputs[base + w];
                }
            }
        }
    }
    /**
     * Tables for a line scanner that finds line ends and keywords in one step per byte:
     * `state = next[state + byteClass[byte]]` (states are pre-multiplied by the class count, start
     * at 0), then `flags[state]` is 0 (go on), `KEYWORD` (a keyword ended) or `LINE_END` (the byte
     * is LF or CR; the caller resets `state` to 0).
     */
    lineTables() {
        if (this.lineTablesCache)
            return this.lineTablesCache;
        const classes = this.classes + 1; // one more class: LF and CR
        const endClass = this.classes;
        const states = this.accepting.length + 1; // one more state: "line ended"
        const endState = states - 1;
        const next = new Int32Array(states * classes);
        const flags = new Uint8Array(states * classes);
        for (let state = 0; state < states; state++) {
            for (let cls = 0; cls < classes; cls++) {
                const target = cls === endClass ? endState : state === endState ? this.delta[cls] : this.delta[state * this.classes + cls];
                next[state * classes + cls] = target * classes;
            }
            flags[state * classes] = state === endState ? LINE_END : this.accepting[state] !== 0 ? KEYWORD : 0;
        }
        const byteClass = Uint8Array.from(this.byteClass);
        byteClass[10] = endClass;
        byteClass[13] = endClass;
        this.lineTablesCache = { next, flags, byteClass };
        return this.lineTablesCache;
    }
    lineTablesCache;
    /** True when any keyword occurs in bytes[start, end). */
    matchBytes(bytes, start, end) {
        const { delta, accepting, byteClass, classes } = this;
        let state = 0;
        for (let i = start; i < end; i++) {
            state = delta[state * classes + byteClass[bytes[i]]];
            if (accepting[state] !== 0)
                return true;
        }
        return false;
    }
    /** True when any keyword occurs in the text. */
    matchText(text) {
        const bytes = Buffer.from(text, 'utf8');
        return this.matchBytes(bytes, 0, bytes.length);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/input/byte-lines.ts


/**
 * Splits a byte stream into lines without decoding them, and tells for each line whether it
 * holds one of the automaton's keywords. Callers decode only the lines they need, which keeps
 * a gigabyte-sized log fast to read and memory flat.
 *
 * - Line ends: LF, CRLF and a lone CR (as editors and the labelled datasets count lines), also
 *   when a CRLF pair is split across two chunks.
 * - Encodings: UTF-8 (a BOM is skipped); UTF-16 LE/BE with a BOM is transcoded to UTF-8 first.
 *   Invalid UTF-8 is left as is: decoding a line later replaces it with U+FFFD.
 * - A line longer than `maxLineBytes` is cut and ends with `TRUNCATION_MARKER`; the rest of it
 *   is skipped but it still counts as one line.
 */
const TRUNCATION_MARKER = ' …[line cut by prodfix]';
const MARKER_BYTES = Buffer.from(TRUNCATION_MARKER, 'utf8');
const LF = 10;
const CR = 13;
async function scanByteLines(chunks, visit, options = {}) {
    const automaton = options.automaton;
    const maxLineBytes = options.maxLineBytes ?? 64 * 1024;
    let encoding = 'utf-8';
    let transcoder;
    let head;
    let started = false;
    let carry = [];
    let carryLength = 0;
    let skipping = false; // inside the rest of a cut line
    let skipLeadingLF = false; // the previous chunk ended with CR
    let lineNumber = 0;
    let bytes = 0;
    let truncatedLines = 0;
    const emit = (buffer, start, end) => {
        lineNumber++;
        visit(buffer, start, end, lineNumber, automaton ? automaton.matchBytes(buffer, start, end) : false);
    };
    const emitCut = (line) => {
        truncatedLines++;
        // Cut on a character boundary: never inside a UTF-8 sequence.
        let at = maxLineBytes;
        while (at > 0 && ((line[at] ?? 0) & 0xc0) === 0x80)
            at--;
        const cut = Buffer.concat([line.subarray(0, at), MARKER_BYTES]);
        emit(cut, 0, cut.length);
    };
    const tables = automaton?.lineTables();
    /** Set by `findLineEnd`: the line it just ended holds a keyword. */
    let matchedSoFar = false;
    /** The chunk `nextCR` belongs to, and the next CR at or after the scan position (-1: none left). */
    let crChunk;
    let nextCR = -1;
    /** The next line end (LF or CR) at or after `from`, found natively. */
    const nativeLineEnd = (data, from) => {
        if (crChunk !== data) {
            crChunk = data;
            nextCR = data.indexOf(CR, from);
        }
        else if (nextCR !== -1 && nextCR < from)
            nextCR = data.indexOf(CR, from);
        const lf = data.indexOf(LF, from);
        return nextCR !== -1 && (lf === -1 || nextCR < lf) ? nextCR : lf;
    };
    /** Finds the next line end at or after `from`, running the automaton on the way. */
    const findLineEnd = (data, from) => {
        if (!tables)
            return nativeLineEnd(data, from);
        const { next, flags, byteClass } = tables;
        const length = data.length;
        let state = 0;
        let i = from;
        // A runner timestamp (`2024-05-06T09:50:14.1206542Z `) holds no keyword and no line end:
        // skip it, a third of a typical job-log line.
        if (i + 28 < length && data[i + 27] === 90 /* Z */ && data[i + 10] === 84 /* T */ && data[i + 4] === 45 /* - */ && data[i + 7] === 45 && data[i + 16] === 58 /* : */)
            i += 28;
        for (; i < length; i++) {
            state = next[state + byteClass[data[i]]];
            const flag = flags[state];
            if (flag === 0)
                continue;
            if (flag === LINE_END)
                return i;
            matchedSoFar = true;
            // The rest of the line needs no matching: jump to its end natively.
            return nativeLineEnd(data, i + 1);
        }
        return -1;
    };
    const take = (data) => {
        if (data.length === 0)
            return;
        let position = 0;
        const length = data.length;
        if (skipLeadingLF) {
            skipLeadingLF = false;
            if (data[0] === LF)
                position = 1;
        }
        while (position < length) {
            matchedSoFar = false;
            const end = findLineEnd(data, position);
            if (end === -1) {
                // No line end in the rest of this chunk: keep it for the next one.
                if (!skipping) {
                    const rest = data.subarray(position);
                    carry.push(Buffer.from(rest));
                    carryLength += rest.length;
                    if (carryLength > maxLineBytes) {
                        emitCut(Buffer.concat(carry));
                        carry = [];
                        carryLength = 0;
                        skipping = true;
                    }
                }
                return;
            }
            let terminator = 1;
            if (data[end] === CR) {
                if (end + 1 < length) {
                    if (data[end + 1] === LF)
                        terminator = 2;
                }
                else
                    skipLeadingLF = true;
            }
            if (skipping) {
                skipping = false;
            }
            else if (carryLength > 0) {
                carry.push(data.subarray(position, end));
                const line = Buffer.concat(carry);
                carry = [];
                carryLength = 0;
                if (line.length > maxLineBytes)
                    emitCut(line);
                else
                    emit(line, 0, line.length);
            }
            else if (end - position > maxLineBytes) {
                emitCut(data.subarray(position, end));
            }
            else {
                lineNumber++;
                visit(data, position, end, lineNumber, matchedSoFar);
            }
            position = end + terminator;
        }
    };
    const start = (first) => {
        started = true;
        let offset = 0;
        if (first[0] === 0xff && first[1] === 0xfe)
            encoding = 'utf-16le';
        else if (first[0] === 0xfe && first[1] === 0xff)
            encoding = 'utf-16be';
        else if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf)
            offset = 3;
        if (encoding !== 'utf-8') {
            transcoder = new external_node_util_namespaceObject.TextDecoder(encoding, { fatal: false, ignoreBOM: false });
            take(Buffer.from(transcoder.decode(first, { stream: true }), 'utf8'));
        }
        else
            take(first.subarray(offset));
    };
    for await (const chunk of chunks) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        bytes += buffer.length;
        if (!started) {
            head = head ? Buffer.concat([head, buffer]) : buffer;
            if (head.length >= 3) {
                start(head);
                head = undefined;
            }
            continue;
        }
        if (transcoder)
            take(Buffer.from(transcoder.decode(buffer, { stream: true }), 'utf8'));
        else
            take(buffer);
    }
    if (!started && head)
        start(head);
    if (transcoder)
        take(Buffer.from(transcoder.decode(), 'utf8'));
    if (carryLength > 0 && !skipping) {
        const line = Buffer.concat(carry);
        if (line.length > maxLineBytes)
            emitCut(line);
        else
            emit(line, 0, line.length);
    }
    return { lines: lineNumber, bytes, encoding, truncatedLines };
}

;// CONCATENATED MODULE: ./packages/core/src/input/format.ts
/**
 * Recognises how each line of a log is prefixed (the analysis splits the prefix off on bytes).
 * - `github-raw`: `2024-05-06T09:50:14.1206542Z text`
 * - `github-cli`: `job<TAB>step<TAB>2024-05-06T09:50:14.1206542Z text` (`gh run view --log`)
 * - `plain`: anything else; a leading ISO timestamp is still recognised for the hour histogram.
 */
const RAW_PREFIX = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
const CLI_PREFIX = /^([^\t]*)\t([^\t]*)\t\uFEFF?(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z) ?/;
/** Decides the format from the first lines of a file (a few dozen suffice). */
function detectFormat(firstLines) {
    let raw = 0;
    let cli = 0;
    let seen = 0;
    for (const line of firstLines) {
        if (line.trim() === '')
            continue;
        seen++;
        if (CLI_PREFIX.test(line))
            cli++;
        else if (RAW_PREFIX.test(line))
            raw++;
    }
    if (seen === 0)
        return 'plain';
    if (cli / seen >= 0.5)
        return 'github-cli';
    if (raw / seen >= 0.5)
        return 'github-raw';
    return 'plain';
}
const ANY_TIMESTAMP = /(\d{4}-\d\d-\d\d)[T ](\d\d):\d\d:\d\d/;
/** Hour of day (0..23, UTC when the stamp says Z) from a timestamp anywhere near the line start. */
function hourOf(timestamp, text) {
    const source = timestamp ?? text.slice(0, 64);
    const m = ANY_TIMESTAMP.exec(source);
    if (!m)
        return undefined;
    const hour = Number(m[2]);
    return hour >= 0 && hour < 24 ? hour : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/structure/job-structure.ts
/**
 * Follows the runner's markers through a job log, line by line: which step each line belongs
 * to (from `##[group]Run …` blocks, or the step column of `gh run view --log`), which lines
 * are the step's own script (echoed by the runner, not output), which step exited non-zero
 * and with what code, and how the job ended.
 */
const EXIT_CODE = /^##\[error\]Process completed with exit code (\d+)/;
const CANCELLED = /^##\[error\]The operation was canceled|^##\[error\]The job was canceled|^Error: The operation was canceled/;
const RUNNER_LOST = /^##\[error\]The runner has received a shutdown signal|lost communication with the server|The hosted runner encountered an error/;
const JOB_TIMEOUT = /^##\[error\]The job running on runner .* has exceeded the maximum execution time/;
const SCRIPT_END = /^(?:shell|env|with):/;
/** Travis CI and similar plain logs: `$ command` starts a step, this line ends a failed one. */
const PLAIN_STEP_START = /^\$ (\S.*)$/;
const PLAIN_STEP_FAILED = /^The command "(.*)" (?:exited|failed) with (\d+)/;
/** The same message when the command ended with a newline: `" exited with 1.` on a line of its own. */
const PLAIN_STEP_FAILED_CONTINUED = /^()" (?:exited|failed) with (\d+)/;
/** Outcome lines of build tools in plain logs (Maven, Gradle, Travis, Jenkins, GitLab…). */
const PLAIN_FAILED = /^\s*(?:\[INFO\] )?BUILD FAILURE\b|^\s*BUILD FAILED\b|^\s*FAILURE: Build failed|^Done\. Your build exited with [1-9]|^Finished: (?:FAILURE|UNSTABLE)|^ERROR: Job failed|^The command ".*" (?:exited|failed) with [1-9]|^make(?:\[\d+\])?: \*\*\* .*Error \d+|^error: Recipe `.*` failed|^npm ERR! code ELIFECYCLE|^Error: Process completed with exit code [1-9]|^##\[error\]/;
const PLAIN_PASSED = /^\s*(?:\[INFO\] )?BUILD SUCCESS\b|^\s*BUILD SUCCESSFUL\b|^Done\. Your build exited with 0|^Finished: SUCCESS|^Job succeeded/;
const PLAIN_CANCELLED = /^Finished: ABORTED|^ERROR: Job failed: canceled|build (?:was )?cancell?ed|^##\[error\]The operation was canceled/i;
class JobStructure {
    format;
    steps = [];
    /**
     * While inside a `##[group]Run …` block: its title (the script's first line, maybe cut) and
     * the script lines the runner echoes after it (until `shell:`/`env:`/`with:`).
     */
    runHeader;
    groupDepth = 0;
    cancelledAt;
    runnerLostAt;
    timedOutAt;
    plainFailedAt;
    plainPassedAt;
    plainCancelledAt;
    errorMarkers = 0;
    lastLine = 0;
    sawPostJob = false;
    /** Line of the first `Post job cleanup.` (the end of the job's own steps), if seen. */
    postJobLine;
    constructor(format) {
        this.format = format;
    }
    /** How many steps have been seen to fail so far. */
    failedStepCount = 0;
    /** True while the runner is echoing a step's definition: every line of it must be observed. */
    get inStepHeader() {
        return this.runHeader !== undefined;
    }
    /** Tells the tracker how many lines the file had (lines it was not shown still count). */
    setLastLine(lineNumber) {
        this.lastLine = Math.max(this.lastLine, lineNumber);
    }
    /** `gh run view --log`: the step column changed to `name` at this line. */
    enterStep(name, lineNumber) {
        this.enterNamedStep(name, lineNumber);
    }
    /** Feeds one line (prefix removed, ANSI removed); returns where it belongs. */
    observe(text, lineNumber) {
        this.lastLine = lineNumber;
        if (this.format === 'plain') {
            this.observePlainOutcome(text, lineNumber);
            return this.observePlainStep(text, lineNumber);
        }
        if (text.charCodeAt(0) === 35 /* # */ && text.startsWith('##[')) {
            return this.observeMarker(text, lineNumber);
        }
        if (this.runHeader) {
            if (SCRIPT_END.test(text))
                this.runHeader.scriptDone = true;
            else if (!this.runHeader.scriptDone)
                this.runHeader.script.push(text);
            return { stepIndex: this.steps.length - 1, isScript: true };
        }
        if (text === 'Post job cleanup.' || text.startsWith('Cleaning up orphan processes')) {
            this.sawPostJob = true;
            if (text === 'Post job cleanup.')
                this.postJobLine ??= lineNumber;
        }
        return { stepIndex: this.steps.length - 1, isScript: false };
    }
    observeMarker(text, lineNumber) {
        const current = this.steps.length - 1;
        if (text.startsWith('##[group]')) {
            this.groupDepth++;
            const title = text.slice(9);
            if (title.startsWith('Run ') && this.format === 'github-raw') {
                this.closeCurrentStep(lineNumber - 1);
                this.steps.push({ name: title.trim(), startLine: lineNumber, endLine: lineNumber, failed: false });
                this.runHeader = { title: title.slice(4), script: [], scriptDone: false };
                return { stepIndex: this.steps.length - 1, isScript: true };
            }
            if (this.format === 'github-cli' && title.startsWith('Run ')) {
                this.runHeader = { title: title.slice(4), script: [], scriptDone: false };
                return { stepIndex: current, isScript: true };
            }
            return { stepIndex: current, isScript: this.runHeader !== undefined };
        }
        if (text.startsWith('##[endgroup]')) {
            this.groupDepth = Math.max(0, this.groupDepth - 1);
            if (this.runHeader)
                this.finishRunHeader();
            return { stepIndex: current, isScript: false };
        }
        if (this.runHeader)
            this.finishRunHeader();
        if (text.startsWith('##[error]')) {
            this.errorMarkers++;
            const exit = EXIT_CODE.exec(text);
            if (exit) {
                const code = Number(exit[1]);
                const step = this.steps[current];
                if (step && code !== 0) {
                    if (!step.failed)
                        this.failedStepCount++;
                    step.failed = true;
                    step.exitCode = code;
                }
                else if (!step && code !== 0) {
                    this.steps.push({ name: '(job)', startLine: 1, endLine: lineNumber, failed: true, exitCode: code });
                    this.failedStepCount++;
                }
            }
            else if (CANCELLED.test(text))
                this.cancelledAt ??= { line: lineNumber, text };
            else if (RUNNER_LOST.test(text))
                this.runnerLostAt ??= { line: lineNumber, text };
            else if (JOB_TIMEOUT.test(text))
                this.timedOutAt ??= { line: lineNumber, text };
        }
        return { stepIndex: current, isScript: false };
    }
    finishRunHeader() {
        const header = this.runHeader;
        const command = header && (header.script.join('\n').trim() || header.title.trim());
        this.runHeader = undefined;
        const step = this.steps[this.steps.length - 1];
        if (step && command && !step.command)
            step.command = command;
    }
    enterNamedStep(name, lineNumber) {
        const last = this.steps[this.steps.length - 1];
        if (last && last.name === name)
            return;
        this.closeCurrentStep(lineNumber - 1);
        this.steps.push({ name, startLine: lineNumber, endLine: lineNumber, failed: false });
    }
    closeCurrentStep(endLine) {
        const last = this.steps[this.steps.length - 1];
        if (last)
            last.endLine = Math.max(last.startLine, endLine);
    }
    observePlainStep(text, lineNumber) {
        if (text.charCodeAt(0) === 36 /* $ */) {
            const start = PLAIN_STEP_START.exec(text);
            if (start?.[1]) {
                this.closeCurrentStep(lineNumber - 1);
                this.steps.push({ name: text.slice(0, 120), startLine: lineNumber, endLine: lineNumber, command: start[1], failed: false });
                return { stepIndex: this.steps.length - 1, isScript: true };
            }
        }
        else if (text.charCodeAt(0) === 84 /* T */ || text.charCodeAt(0) === 34 /* " */) {
            const failed = PLAIN_STEP_FAILED.exec(text) ?? PLAIN_STEP_FAILED_CONTINUED.exec(text);
            const step = this.steps[this.steps.length - 1];
            if (failed && step && Number(failed[2]) !== 0) {
                if (!step.failed)
                    this.failedStepCount++;
                step.failed = true;
                step.exitCode = Number(failed[2]);
            }
        }
        return { stepIndex: this.steps.length - 1, isScript: false };
    }
    observePlainOutcome(text, lineNumber) {
        if (PLAIN_FAILED.test(text))
            this.plainFailedAt = { line: lineNumber, text };
        else if (PLAIN_PASSED.test(text))
            this.plainPassedAt = { line: lineNumber, text };
        else if (PLAIN_CANCELLED.test(text))
            this.plainCancelledAt = { line: lineNumber, text };
        if (text.startsWith('##[error]'))
            this.errorMarkers++;
    }
    /** Call once after the last line. */
    finish() {
        if (this.runHeader)
            this.finishRunHeader();
        this.closeCurrentStep(this.lastLine);
    }
    /** The steps that exited non-zero (usually one). */
    failedSteps() {
        return this.steps.filter((step) => step.failed);
    }
    /** The job's outcome and the line that shows it. */
    outcome(hasStrongErrors) {
        const at = (m) => `line ${m.line}: ${m.text.slice(0, 160)}`;
        if (this.format === 'plain') {
            const failed = this.plainFailedAt;
            const passed = this.plainPassedAt;
            if (this.plainCancelledAt && !failed)
                return { status: 'cancelled', reason: at(this.plainCancelledAt) };
            if (failed && (!passed || failed.line > passed.line))
                return { status: 'failed', reason: at(failed) };
            if (passed)
                return { status: 'passed', reason: at(passed) };
            if (hasStrongErrors)
                return { status: 'failed', reason: 'error lines found; the log states no outcome' };
            return { status: 'unknown', reason: 'the log states no outcome and shows no error' };
        }
        if (this.cancelledAt)
            return { status: 'cancelled', reason: at(this.cancelledAt) };
        if (this.runnerLostAt)
            return { status: 'failed', reason: at(this.runnerLostAt) };
        if (this.timedOutAt)
            return { status: 'failed', reason: at(this.timedOutAt) };
        const failed = this.failedSteps()[0];
        if (failed)
            return { status: 'failed', reason: `step "${failed.name}" exited with code ${failed.exitCode ?? '?'}` };
        if (this.errorMarkers > 0)
            return { status: 'failed', reason: `${this.errorMarkers} ##[error] line(s)` };
        if (this.sawPostJob || this.steps.length > 0)
            return { status: 'passed', reason: 'no step failed and no ##[error] line' };
        return { status: 'unknown', reason: 'no runner markers found' };
    }
    /** True when the log has no `##[error]` line at all (no exit marker, no annotation). */
    get hasNoErrorMarkers() {
        return this.errorMarkers === 0;
    }
    /** A runner-level problem (cancellation, lost runner, job timeout) the job ended on. */
    runnerProblem() {
        if (this.timedOutAt)
            return { ...this.timedOutAt, kind: 'job-timeout' };
        if (this.runnerLostAt)
            return { ...this.runnerLostAt, kind: 'runner-lost' };
        if (this.cancelledAt)
            return { ...this.cancelledAt, kind: 'cancelled' };
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/diagnose/categories.ts
const CATEGORY_RULES = [
    { category: 'infrastructure', weight: 9, pattern: /The runner has received a shutdown signal|lost communication with the server|The hosted runner encountered an error|runner has (?:been )?(?:lost|shut ?down)|The operation was canceled|job was cancell?ed|Job was cancelled|No runner matching the specified labels|Error: The process '.*' failed because one or more lines were written to the STDERR stream|docker: Error response from daemon|Cannot connect to the Docker daemon/i },
    { category: 'disk-full', weight: 9, pattern: /No space left on device|ENOSPC|disk quota exceeded|not enough (?:free )?(?:disk )?space|disk (?:is )?full/i },
    { category: 'out-of-memory', weight: 9, pattern: /out of memory|OutOfMemoryError|heap out of memory|JavaScript heap|Cannot allocate memory|\bMemoryError\b|OOMKilled|oom-kill|exit code 137\b|signal: killed|\bKilled\b\s*$|std::bad_alloc|fatal error: runtime: out of memory|GC overhead limit exceeded/i },
    { category: 'deadlock', weight: 9, pattern: /\bdeadlock|all goroutines are asleep|Lock wait timeout exceeded|potential deadlock/i },
    { category: 'race-condition', weight: 9, pattern: /WARNING: DATA RACE|\bdata race\b|race condition|ThreadSanitizer|ConcurrentModificationException|concurrent map (?:read and map )?writes?|race detected/i },
    { category: 'crash', weight: 8, pattern: /Segmentation fault|SIGSEGV|SIGABRT|SIGBUS|SIGILL|core dumped|signal 11\b|fatal error: unexpected signal|\bpanic: (?!test timed out)|stack overflow|StackOverflowError|Illegal instruction|Bus error|exit code 139\b|exit code 134\b|Abort(?:ed)? trap|terminate called after throwing|Fatal Python error|double free|heap-buffer-overflow|AddressSanitizer/i },
    { category: 'rate-limit', weight: 8, pattern: /rate limit|429 Too Many Requests|\bToo Many Requests\b|toomanyrequests|secondary rate|API rate limit exceeded|(?<![-/@\w])throttl(?:ed|ing)\b|exceeded (?:your|the) (?:request )?quota/i },
    { category: 'timeout', weight: 7, pattern: /timed? ?out\b|\btimeout\b|exceeded the maximum execution time|deadline exceeded|TimeoutError|Timeout of \d+ ?ms exceeded|took too long|ETIMEDOUT|Read timed out|ReadTimeout|ConnectTimeout|execution expired/i },
    { category: 'network', weight: 6, pattern: /ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|getaddrinfo|Connection refused|Connection reset|Could not resolve host|Name or service not known|Temporary failure in name resolution|Network is unreachable|No route to host|socket hang up|TLS handshake|SSL(?:Error| routines|: )|certificate verify failed|unable to get local issuer certificate|\b50[234] (?:Bad Gateway|Service Unavailable|Gateway Time-?out)|\bHTTP(?:\/\d(?:\.\d)?)? 50[0234]\b|Connection (?:closed|aborted|timed out)|Failed to connect to|network error|ProtocolError|RemoteDisconnected|UnknownHostException|ConnectException|SocketException|dial tcp/i },
    { category: 'permission-auth', weight: 7, pattern: /Permission denied|\bEACCES\b|\bEPERM\b|403 Forbidden|401 Unauthorized|\b(?:HTTP|status(?: code)?:?) ?40[13]\b|Bad credentials|authentication (?:failed|required)|Resource not accessible by integration|\bunauthori[sz]ed\b|access denied|AccessDenied|not authori[sz]ed|invalid (?:api )?token|could not read Username|Requires authentication|must be logged in|denied: |insufficient (?:scope|permission)|The requested URL returned error: 40[13]/i },
    { category: 'missing-config', weight: 6, pattern: /Input required and not supplied|environment variable .{0,60}(?:not set|is missing|required|undefined)|\b[A-Z][A-Z0-9_]{2,}(?:_KEY|_TOKEN|_SECRET|_URL|_PASSWORD) (?:is )?(?:not set|missing|empty|undefined)|is not set\b|missing required (?:config|setting|option|argument|environment)|KeyError: '[A-Z0-9_]+'|secret .{0,40}(?:not found|missing|empty)|No such file or directory.{0,80}(?:config|\.env|settings|\.ya?ml|\.json|credentials)|config(?:uration)? file .{0,60}not found|Missing (?:required )?(?:env|configuration|secret)/i },
    { category: 'compilation', weight: 7, pattern: /Cannot find module '\.{1,2}\/|Module not found: Error: Can't resolve '\.{1,2}\/|TS2307: Cannot find module '\.{1,2}\//i },
    { category: 'dependency', weight: 6, pattern: /ERR_PACKAGE_PATH_NOT_EXPORTED|ERR_MODULE_NOT_FOUND|MODULE_NOT_FOUND|^(?:\/bin\/)?(?:ba)?sh: (?:line )?\d+: \S+: (?:command )?not found|: command not found$|npm ERR! code (?:ERESOLVE|ETARGET|E404|ENOVERSIONS|EINTEGRITY)|\bERESOLVE\b|Could not resolve dependencies|Could not find artifact|Could not transfer artifact|Failed to collect dependencies|No matching version|ModuleNotFoundError|No module named|ImportError|Could not find a version that satisfies|No matching distribution found|ResolutionImpossible|version solving failed|failed to select a version|unable to resolve dependency|Could not resolve (?:all (?:files|dependencies)|com\.|org\.)|Cannot find module|Module not found|Can't resolve '|unknown revision|missing go\.sum entry|go: (?:downloading|finding).{0,80}(?:404|410|not found)|cannot find package|Unable to locate package|E: Package .* has no installation candidate|lockfile (?:needs to be updated|is out of date)|frozen-lockfile|Your lockfile|peer dep(?:endenc(?:y|ies))? conflict|gem .* could not be found|Bundler could not find|conflicting dependencies|dependency resolution failed|package .* not found|pip._internal|Could not build wheels|Failed building wheel|error: failed to run custom build command/i },
    { category: 'compilation', weight: 6, pattern: /error TS\d+|\bNG\d{4}: |error\[E\d{4}\]|\berror: (?:cannot find|expected|mismatched|use of undeclared|unknown type|no member named|invalid|undefined|conflicting)|cannot find symbol|COMPILATION ERROR|Compilation failure|compilation failed|could not compile|SyntaxError|IndentationError|undefined reference to|\.(?:go|c|cc|cpp|h|hpp|rs|java|kt|scala|swift|cs|m):\d+(?::\d+)?:? (?:fatal )?error\b|\.(?:java|kt|scala)(?::\[\d+,\d+\])? (?:error: )?(?:cannot|incompatible|package .* does not exist)|fatal error: [\w/.-]+: No such file|error CS\d{4}|\bundefined: \w+|declared (?:and|but) not used|imported and not used|Type error:|TypeError: .* is not a (?:function|constructor)\b(?=.*(?:build|compile))|does not exist in type|is not assignable to|has no exported member|Cannot find name|tsc exited|Build failed with \d+ errors?|error: aborting due to/i },
    { category: 'lint-format', weight: 5, pattern: /\beslint\b|prettier|\bflake8\b|\bpylint\b|rubocop|golangci-lint|\bgofmt\b|goimports|would reformat|\bblack\b.*(?:would|reformat)|clippy|checkstyle|stylelint|\bruff\b|\bmypy\b|ktlint|spotless|✖ \d+ problems?|Code style issues found|\blint(?:ing)? (?:failed|errors?)\b|files? (?:were|was) (?:not )?(?:formatted|reformatted)|needs formatting|format check failed|isort|Formatting check|shellcheck|markdownlint|yamllint|hadolint|\bvet\b: |go vet/i },
    { category: 'test-assertion', weight: 5, pattern: /AssertionError|AssertionFailedError|ComparisonFailure|assert(?:ion)? failed|assert_eq!|assertion `left == right` failed|\bexpected\b.{0,80}\b(?:but (?:got|was|received)|to (?:be|equal|have|match|contain|throw))|Expected:?\s.{0,80}(?:Received|Actual|got)|^\s*(?:Expected|Received|Actual)(?: value)?:|--- FAIL:|<<< (?:FAILURE|ERROR)!|Tests? (?:run:.*Failures: [1-9]|failed)|\b\d+ (?:failing|failed)\s*(?:$|,|\(|tests?\b|specs?\b|examples?\b)|FAILED (?:\S+::|tests?)|^FAIL[: ]|✕|✗|●.*›|\bTests?: .*\d+ failed|There (?:was|were) \d+ failures?|test result: FAILED|\bE\s{3}|Failures?:\s*\d*$|AssertionError|toBe|toEqual|should (?:be|equal|have)|wrong (?:output|result|value)|mismatch|not equal|!= expected/i },
];
/** What the investigation guide recommends for each class. */
const RECOMMENDATIONS = {
    'test-assertion': 'A test assertion failed: read the expected/actual values in the excerpt, reproduce the single test locally (see the recipe), and check the commit range for the behaviour change. If the same test passes on re-run, treat it as flaky: quarantine it and fix its nondeterminism.',
    compilation: 'The code does not compile or type-check: fix the reported file and line; check that generated code and dependency versions match the lock file.',
    'lint-format': 'A lint or format check failed: run the same linter/formatter locally with the fix option and commit the result.',
    dependency: 'A dependency could not be resolved or installed: check the lock file and registry availability, pin the version that last worked, and cache dependencies between runs.',
    network: 'A network call failed: add retries with exponential backoff and jitter (and a circuit breaker for a dependency that stays down), check the service status and DNS, and avoid live network access in unit tests.',
    'rate-limit': 'A rate limit was hit: authenticate requests, honour Retry-After / rate-limit reset headers with backoff, lower concurrency, and cache responses.',
    timeout: 'Something timed out: find what was slow (resource starvation, a hung call, a lock), add retries with backoff for transient waits, or raise the limit if the work legitimately grew. Timeouts that come and go point to load or contention.',
    'out-of-memory': 'The process ran out of memory or was killed (exit 137): profile memory, reduce parallelism, raise the heap limit (e.g. NODE_OPTIONS=--max-old-space-size, -Xmx) or use a larger runner.',
    'disk-full': 'The runner ran out of disk: clean caches and build outputs between steps, prune Docker images, or use a larger runner.',
    crash: 'A process crashed (segfault, abort, panic): get the stack or core dump, run under a sanitizer or debugger, and check native dependencies and their versions.',
    deadlock: 'A deadlock was detected: review lock ordering, add timeouts on lock acquisition, and capture thread/goroutine dumps when it hangs.',
    'race-condition': 'A race condition was detected: protect the shared state with proper locking or synchronisation, run the tests with the race detector, and avoid relying on timing.',
    'permission-auth': 'A permission or authentication check failed: check the token, its scopes and the workflow\'s `permissions:`; secrets are not available to workflows from forks.',
    'missing-config': 'Configuration or a secret is missing: check that the required secrets and environment variables are defined for this repository/environment and passed to the step.',
    infrastructure: 'The runner or the platform failed (lost runner, cancellation, service error): re-run the job; if it repeats, check the runner\'s health and GitHub\'s status.',
    unknown: 'The log does not say clearly why the job failed: open the excerpt, re-run with debug logging (ACTIONS_STEP_DEBUG=true) and compare with the last passing run.',
};

;// CONCATENATED MODULE: ./packages/core/src/diagnose/classify.ts

/** The failure class that the given lines argue for most, with the lines that say so. */
function scoreCategories(lines) {
    const scores = new Map();
    for (const line of lines) {
        const text = line.text.length > 1000 ? line.text.slice(0, 1000) : line.text;
        for (const rule of CATEGORY_RULES) {
            if (!rule.pattern.test(text))
                continue;
            const entry = scores.get(rule.category) ?? { category: rule.category, weight: 0, evidence: [] };
            entry.weight += entry.evidence.length === 0 ? rule.weight : rule.weight / 2;
            if (entry.evidence.length < 5)
                entry.evidence.push(line);
            scores.set(rule.category, entry);
            break; // a line is evidence for its first (most specific) class only
        }
    }
    const order = (c) => CATEGORY_RULES.findIndex((rule) => rule.category === c);
    return [...scores.values()].sort((a, b) => b.weight - a.weight || order(a.category) - order(b.category));
}
/** Exit codes that say what happened on their own. */
function categoryOfExitCode(code) {
    if (code === 137)
        return 'out-of-memory';
    if (code === 139 || code === 134)
        return 'crash';
    return undefined;
}
/**
 * Classifies a failure from its lines: the stated error line weighs double (it is said first),
 * the rest of the excerpt adds support. Confidence grows with the winner's weight and its
 * margin over the runner-up.
 */
function classify(errorLine, context, exitCode, testFailed = false) {
    const scores = scoreCategories([errorLine, errorLine, ...context.filter((l) => l.line !== errorLine.line)]);
    if (testFailed)
        favourTestAssertion(scores, errorLine);
    const fromExit = categoryOfExitCode(exitCode);
    const top = scores[0];
    if (!top) {
        if (fromExit)
            return build(fromExit, 0.6, [errorLine]);
        return build('unknown', 0.2, [errorLine]);
    }
    const runnerUp = scores[1]?.weight ?? 0;
    const strength = Math.min(1, top.weight / 12);
    const margin = (top.weight - runnerUp) / top.weight;
    const confidence = Math.round((0.35 + 0.4 * strength + 0.22 * margin) * 100) / 100;
    if (fromExit && fromExit !== top.category && confidence < 0.6)
        return build(fromExit, 0.6, top.evidence);
    return build(top.category, Math.min(0.97, confidence), top.evidence);
}
/**
 * A test runner said a test failed: that is the class unless the excerpt shows a stronger
 * cause (a crash, OOM, timeout…) with more weight than a test failure's own lines.
 */
function favourTestAssertion(scores, errorLine) {
    const entry = scores.find((s) => s.category === 'test-assertion');
    if (entry)
        entry.weight += 6;
    else
        scores.push({ category: 'test-assertion', weight: 6, evidence: [errorLine] });
    scores.sort((a, b) => b.weight - a.weight);
}
function build(category, confidence, evidence) {
    return { category, confidence, evidence, recommendation: RECOMMENDATIONS[category] };
}

;// CONCATENATED MODULE: ./packages/core/src/diagnose/line-signatures.ts

/**
 * The `needs` of every signature as one automaton: one pass over a line tells which of them it
 * contains, and each signature's test becomes a bit-set overlap.
 */
class NeedsIndex {
    signatures;
    automaton;
    /** Per signature (by its index in the list given), the words of its mask that are not zero. */
    maskWords = [];
    maskBits = [];
    present;
    constructor(signatures) {
        this.signatures = signatures;
        const needs = [...new Set(signatures.flatMap((s) => s.needs ?? []))];
        this.automaton = new KeywordAutomaton(needs);
        for (const signature of signatures) {
            const mask = signature.needs ? this.automaton.maskOf(signature.needs.map((n) => needs.indexOf(n))) : undefined;
            const words = mask ? [...mask.keys()].filter((w) => mask[w] !== 0) : [];
            this.maskWords.push(Int32Array.from(words));
            this.maskBits.push(Uint32Array.from(words.map((w) => mask[w])));
        }
        this.present = new Uint32Array(this.automaton.words);
    }
    /** Reads which needs occur in the line; `mayMatch` then answers for this line. */
    load(text) {
        this.automaton.collect(text, this.present);
    }
    /** Whether signature number `index` (in the list given) may match the loaded line. */
    mayMatch(index) {
        const words = this.maskWords[index];
        if (words.length === 0)
            return this.signatures[index].needs === undefined;
        const bits = this.maskBits[index];
        for (let k = 0; k < words.length; k++)
            if ((bits[k] & this.present[words[k]]) !== 0)
                return true;
        return false;
    }
}
/**
 * Words that make a line worth decoding and scoring (case-insensitive; matched on raw bytes by
 * `KeywordAutomaton`). Besides error words it holds the words of outcome and structure lines
 * (`BUILD SUCCESS`, `exited with`, `Post job cleanup`, …) so those are seen too. Every
 * signature below must contain one of these words.
 */
const CANDIDATE_KEYWORDS = [
    // error words
    'error', 'err!', 'fail', 'exception', 'traceback', 'panic', 'fatal', 'critical', 'severe', 'assert', 'expected',
    'timed out', 'timeout', 'time out', 'deadline exceeded', 'maximum execution time', 'denied', 'refused',
    'not found', 'not known', 'cannot', "can't", 'could not', "couldn't", 'unable', 'killed', 'segmentation',
    'abort', 'dump', 'overflow', 'double free', 'undefined', 'unresolved', 'unbound variable', 'not used', 'no such',
    'no module', 'unexpected', 'deadlock', 'data race', 'race condition', 'race detected', 'out of memory',
    'no space', 'rate limit', 'too many', 'forbidden', 'unauthori', 'bad credentials', 'not accessible',
    'bad request', 'bad gateway', 'gateway time', 'unavailable', 'connection reset', 'hang up', 'what went wrong',
    'not ok', 'violation', 'problem', 'wrong', 'mismatch', 'conflict', 'e   ', '<<<', '●', '✕', '✗', '×', '│',
    'oom', 'sigsegv', 'sigkill', 'enospc', 'econn', 'enotfound', 'eai_again', 'etimedout', 'eacces', 'eperm',
    'junit jupiter:', 'junit vintage:', 'rspec ', '___ ', 'not defined', '** (',
    // runner markers and outcome lines the structure tracker needs
    '##[', 'build success', 'finished: success', 'job succeeded', 'exited with', 'cancel', 'post job cleanup',
    'cleaning up orphan',
];
/** The automaton over `CANDIDATE_KEYWORDS`, shared by every reader. */
const CANDIDATE_AUTOMATON = new KeywordAutomaton(CANDIDATE_KEYWORDS);
/** True when a line holds a candidate keyword (for callers that already have text). */
function isCandidate(text) {
    return CANDIDATE_AUTOMATON.matchText(text);
}
/**
 * `path/file.ext:12: message` or `path/file.ext:12:5: message` at the start of a line: how
 * compilers, linters and checkers report a problem, with or without an error word.
 */
const DIAGNOSTIC_LOCATION = /^\s*(?:[A-Za-z]:)?[\w./\\@+-]*\.[A-Za-z]\w{0,9}:\d+(?::\d+)?:? \S/;
/** True for a line shaped like a diagnostic (see `DIAGNOSTIC_LOCATION`), checked on bytes. */
function looksLikeDiagnostic(bytes, start, end) {
    // Skip indentation, then a path token (letters, digits, `_./\\@+-`), then `:<digit>`.
    let at = start;
    while (at < end && (bytes[at] === 32 || bytes[at] === 9))
        at++;
    const tokenStart = at;
    let sawDot = false;
    const limit = Math.min(end, at + 240);
    for (; at < limit; at++) {
        const b = bytes[at];
        if (b === 58 /* : */)
            break;
        if (b === 46)
            sawDot = true;
        const ok = (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 95 || b === 47 || b === 92 || b === 45 || b === 64 || b === 43 || b === 46;
        if (!ok)
            return false;
    }
    if (!sawDot || at === tokenStart || at >= limit)
        return false;
    const next = bytes[at + 1];
    return next !== undefined && next >= 48 && next <= 57;
}
/** Not causes, though they mention errors: exit-code lines, advice, summaries of zero. */
const NOT_A_CAUSE = [
    { name: 'exit-code-line', needs: ['exit code', 'exited with', 'process completed'], score: 0, pattern: /Process completed with exit code|exited with (?:code|exit code) \d+\.?\s*$|Error: Process completed|returned exit code \d+\.?$|^Error: The process '[^']+' failed with exit code \d+/i },
    { name: 'zero-count', needs: ['0', 'no error', 'without error', 'fail-fast', 'allow-failure', 'continue-on-error', 'failonerror', '--fail-on', 'fail_ci_if_error', 'errexit', 'set -e', 'exitonerror', 'on-error', 'failure()'], score: 0, pattern: /\b0 (?:errors?|failures?|failed|problems?)\b(?!.*\b[1-9]\d* (?:errors?|failures?|failed))|Failures: 0, Errors: 0|errors?: 0\b|failed: 0\b|\bno errors?\b|without errors|fail-fast|allow-failure|continue-on-error|failOnError|--fail-on|fail_ci_if_error|errexit|set -e\b|exitOnError|on-error|if: failure\(\)/i },
    { name: 'advice', needs: ['npm err!', '[error]', 'run with --', 'get more help', 'see ', 'for more details', '--help', 'please report', 'warning-mode', 'in the working copy', 'hint: '], score: 0, pattern: /npm ERR! (?:A complete log of this run|This is probably not a problem with npm|Failed at the .* script\.|Tell the author|You can get information on how to open an issue|\s*$)|\[ERROR\] (?:-> \[Help \d+\]|\[Help \d+\]|Re-run Maven using|\s+mvn <args> -rf |For more information about the errors|To see the full stack trace|\s*$|After correcting the problems)|Run with --(?:stacktrace|info|debug|scan) option|Get more help at|See (?:https?:\/\/\S+|the log|above) for|For more details see|Run .*--help|please report|Use '--warning-mode all'|warning: in the working copy of|hint: /i },
    { name: 'deprecation-notice', needs: ['deprecat', 'will be removed', 'no longer supported'], score: 0, pattern: /deprecated|DeprecationWarning|will be removed in|is no longer supported|Node\.js \d+ actions are deprecated|set-output command is deprecated|save-state command is deprecated/i },
];
/** Ordered: the first match gives the line its score. */
const CAUSE_SIGNATURES = [
    // A process reporting that its child failed: the cause is above, not here.
    { name: 'exit-propagation', needs: ['make', 'command failed', 'npm err!', 'npm error', 'non-zero', 'the command', 'done. your build', 'finished: ', 'build step', 'job failed', 'at childprocess', 'at process.', 'exited with code'], score: 3, pattern: /\bmake(?:\[\d+\])?: \*\*\* .*Error \d+|^error Command failed with exit code|^npm (?:ERR!|error) (?:code (?:ELIFECYCLE|\d+\s*$)|errno \d|Exit status|path |command (?:failed|sh )|Lifecycle script|workspace |location |\S+@\S+ \w+: `)|returned non-zero exit status|^The command ".*" (?:exited|failed) with \d+|^Done\. Your build exited with|^Finished: (?:FAILURE|UNSTABLE|ABORTED)|^Build step '.*' marked build as failure|^Command exited with non-zero status|^ERROR: Job failed: exit code|^Error: Command failed: |^\s*at (?:ChildProcess|Process)\.|exited with code [1-9]\d*\.?$/ },
    // GitHub runner annotations written by tools (problem matchers, actions): usually the point.
    { name: 'runner-error-annotation', needs: ['##[error]'], score: 9, pattern: /^##\[error\]/ },
    // Test frameworks
    { name: 'jest-test-header', needs: ['●'], score: 11, pattern: /^\s*● (?!Console\b)(?:.+›|\S)/ },
    { name: 'go-test-fail', needs: ['--- fail:'], score: 11, pattern: /^\s*--- FAIL: / },
    { name: 'go-test-panic', needs: ['panic: ', 'fatal error: '], score: 10, pattern: /^panic: |^fatal error: / },
    { name: 'surefire-failure', needs: ['<<< '], score: 11, pattern: /<<< (?:FAILURE|ERROR)!/ },
    { name: 'gradle-test-failed', needs: [' failed'], score: 10, pattern: /^\s*[\w.$]+ > .+ FAILED\s*$/ },
    { name: 'pytest-failed', needs: ['failed ', 'error '], score: 10, pattern: /^(?:FAILED|ERROR) [\w/.-]+\.py(?:::[^\s]+)?/ },
    { name: 'pytest-error-line', score: 9, pattern: /^E {3}\s*\S/ },
    { name: 'pytest-section', needs: ['___ '], score: 9, pattern: /^_{3,} (?!(?:warnings|captured|short test summary)\b).+ _{3,}$/i },
    { name: 'test-status-column', needs: ['error', 'fail', 'not ok'], score: 7, pattern: /^\s*(?:\S.*\s)?(?:ERROR|FAILED|FAIL|FAILURE|NOT OK)\s*$/ },
    { name: 'unittest-fail', needs: ['fail: ', 'error: '], score: 10, pattern: /^(?:FAIL|ERROR): \w+ \([\w.]+\)/ },
    { name: 'vitest-fail', needs: [' > '], score: 10, pattern: /^\s*(?:FAIL|×|✕|✗) .+ > / },
    { name: 'jest-fail-file', needs: ['fail'], score: 7, pattern: /^\s*FAIL\s+\S+\.(?:[jt]sx?|mjs|cjs)\b/ },
    { name: 'failed-test-mark', needs: ['✕', '✗', '×'], score: 8, pattern: /^\s*(?:✕|✗|×)\s+\S/ },
    { name: 'cargo-test-failed', needs: ['failed', '---- ', 'panicked at'], score: 10, pattern: /^test \S+ \.\.\. FAILED|^---- \S+ stdout ----|panicked at / },
    { name: 'tap-not-ok', needs: ['not ok'], score: 8, pattern: /^\s*not ok \d+/ },
    { name: 'junit-console-failures', needs: ['failures ('], score: 9, pattern: /^\s*(?:\[junit\]\s*)?Failures \(\d+\):\s*$/ },
    { name: 'ant-junit-failed', needs: ['[junit]'], score: 10, pattern: /\[junit\] (?:Testcase: .*(?:FAILED|Caused an ERROR)|Tests? .*FAILED)/ },
    { name: 'assertion-error', needs: ['assert', 'comparisonfailure'], score: 10, pattern: /\b(?:AssertionError|AssertionFailedError|ComparisonFailure|AssertionFailure|assert(?:ion)? failed)\b|assertion `.*` failed/i },
    { name: 'expected-actual', needs: ['expected', 'received', 'actual'], score: 8, pattern: /\bexpected\b.{0,120}\b(?:but (?:got|was|received|found)|to (?:be|equal|have|match|contain|throw))\b|^\s*(?:Expected|Received|Actual)(?: value)?: /i },
    // Compilers and type checkers
    { name: 'tsc-error', needs: ['error ts'], score: 11, pattern: /error TS\d{3,5}:/ },
    { name: 'rust-error', score: 11, pattern: /^error(?:\[E\d{4}\])?: / },
    { name: 'javac-error', needs: ['[error]', '.java:', 'cannot find symbol', 'compilation error'], score: 11, pattern: /\[ERROR\] .*\.(?:java|kt|scala|groovy):\[\d+,\d+\]|\.java:\d+: error: |cannot find symbol|COMPILATION ERROR/ },
    { name: 'c-compiler-error', needs: ['error', 'undefined reference', 'ld: '], score: 11, pattern: /\.(?:c|cc|cpp|cxx|h|hpp|m|mm|go|swift|cs|zig|f90):\d+(?::\d+)?:? (?:fatal )?error\b|error CS\d{4}:|undefined reference to|ld: .*(?:undefined|not found)|collect2: error/ },
    { name: 'go-build-error', needs: ['# ', '.go:', 'undefined: ', 'not used'], score: 10, pattern: /^(?:# \S+$|\S+\.go:\d+:\d+: )|\bundefined: \w+|declared and not used|imported and not used/ },
    { name: 'python-syntax', needs: ['error: '], score: 10, pattern: /^\s*(?:SyntaxError|IndentationError|TabError): / },
    // Package managers and builds
    { name: 'npm-error-code', needs: ['npm err! code', 'npm error code', 'err_pnpm_', 'error an unexpected', 'yn0', 'yarn run', 'error command failed'], score: 9, pattern: /npm ERR! code |npm error code |ERR_PNPM_\w+|error An unexpected error occurred|YN\d{4}: .*(?:failed|error)|yarn run v.*error|\berror Command failed/ },
    { name: 'dependency-resolution', needs: ['could not', 'failed to', 'no matching', 'resolutionimpossible', 'version solving', 'failed to select', 'unable to', 'eresolve', 'cannot find module', 'module not found', 'can\'t resolve', 'no module named', 'go.sum', 'unknown revision'], score: 10, pattern: /Could not resolve dependencies|Could not find artifact|Could not transfer artifact|Failed to collect dependencies|No matching version found|Could not find a version that satisfies|No matching distribution found|ResolutionImpossible|version solving failed|failed to select a version|unable to resolve dependency tree|ERESOLVE|Cannot find module|Module not found|Can't resolve '|No module named|Unable to locate package|missing go\.sum entry|unknown revision|Could not resolve all (?:files|dependencies)/ },
    { name: 'maven-goal-failed', needs: ['failed to execute goal'], score: 7, pattern: /\[ERROR\] Failed to execute goal/ },
    { name: 'gradle-what-went-wrong', needs: ['what went wrong'], score: 7, pattern: /^\* What went wrong:/ },
    { name: 'docker-build-error', needs: ['error', 'failed to solve', 'executor failed', 'non-zero code'], score: 9, pattern: /^(?:#\d+ )?ERROR(?: \[[^\]]*\])?: |failed to solve: |executor failed running|The command '.*' returned a non-zero code/ },
    { name: 'terraform-error', needs: ['error: '], score: 10, pattern: /^│ Error: |^Error: [A-Z]/ },
    // Runtime failures
    { name: 'elixir-error', needs: ['** ('], score: 10, pattern: /^\s*\*\* \([\w.]+\) / },
    { name: 'exception-line', needs: ['error', 'exception', 'exit', 'interrupt', 'failure', 'caused by'], score: 10, pattern: /^\s*(?:[\w$]+\.)*[A-Z]\w*(?:Error|Exception|Exit|Interrupt|Failure)(?: \[[\w-]+\])?(?:: |$)|^\s*Error \[[\w-]+\]: |^\s*Caused by: |^Exception in thread / },
    { name: 'python-traceback', needs: ['traceback'], score: 8, pattern: /^\s*Traceback \(most recent call last\)/ },
    { name: 'crash-signal', needs: ['segmentation', 'sigsegv', 'sigabrt', 'core dumped', 'overflow', 'illegal instruction', 'double free', 'sanitizer', 'data race'], score: 10, pattern: /Segmentation fault|SIGSEGV|SIGABRT|core dumped|stack overflow|StackOverflowError|Illegal instruction|double free|AddressSanitizer|ThreadSanitizer|WARNING: DATA RACE/ },
    { name: 'resource-exhausted', needs: ['no space', 'enospc', 'memory', 'killed', 'gc overhead'], score: 10, pattern: /No space left on device|ENOSPC|out of memory|OutOfMemoryError|heap out of memory|Cannot allocate memory|\bKilled\s*$|OOMKilled|GC overhead limit exceeded/i },
    { name: 'deadlock', needs: ['deadlock', 'asleep'], score: 10, pattern: /all goroutines are asleep|\bdeadlock\b/i },
    { name: 'timeout', needs: ['timed out', 'timeout', 'maximum execution time', 'deadline exceeded'], score: 8, pattern: /\btimed out\b|\btimeout\b.{0,40}(?:exceeded|expired|reached|after)|exceeded the maximum execution time|deadline exceeded|Timeout of \d+ ?ms exceeded|panic: test timed out/i },
    { name: 'network', needs: ['econn', 'etimedout', 'enotfound', 'eai_again', 'connection refused', 'connection reset', 'could not resolve host', 'temporary failure', 'not known', 'hang up', 'certificate verify'], score: 8, pattern: /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|Connection refused|Connection reset|Could not resolve host|Temporary failure in name resolution|Name or service not known|socket hang up|certificate verify failed/ },
    { name: 'http-error', needs: ['http', 'status', 'returned', 'response', 'bad request', 'unauthorized', 'forbidden', 'not found', 'conflict', 'too many', 'server error', 'bad gateway', 'unavailable', 'gateway', 'rate limit'], score: 8, pattern: /\b(?:HTTP(?:\/\d(?:\.\d)?)?|status(?: code)?:?|returned|response:?) (?:4(?:0[0-9]|1\d|2[0-9])|5\d\d)\b|\b(?:4\d\d|5\d\d) (?:Bad Request|Unauthorized|Forbidden|Not Found|Conflict|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)\b|API rate limit exceeded|rate limit exceeded/i },
    { name: 'permission', needs: ['denied', 'eacces', 'eperm', 'bad credentials', 'not accessible', 'authentication failed'], score: 8, pattern: /Permission denied|\bEACCES\b|\bEPERM\b|Bad credentials|Resource not accessible by integration|authentication failed|access denied/i },
    { name: 'git-fatal', needs: ['fatal: ', 'error: '], score: 8, pattern: /^(?:fatal|error): (?!$)/ },
    { name: 'shell-command-failed', needs: ['not found', 'no such file', 'syntax error', 'unbound variable'], score: 7, pattern: /: command not found$|: No such file or directory$|: not found$|syntax error near unexpected token|unbound variable$/ },
    // Generic shapes
    { name: 'diagnostic-location', score: 6, pattern: DIAGNOSTIC_LOCATION },
    { name: 'error-prefix', needs: ['error', 'fatal', 'critical', 'severe', 'fail', 'e/', 'f/'], score: 8, pattern: /^\s*(?:\[?(?:ERROR|FATAL|CRITICAL|SEVERE|Error|error|Fatal|fatal|FAIL|Fail|fail)\]?(?: \w+)?[:!\]]|(?:E|F)\/\S+: |\[(?:error|ERROR|Error)\] )/ },
    { name: 'error-level-field', needs: ['level', 'severity', 'lvl', 'error', 'fatal', 'critical', 'severe'], score: 7, pattern: /\b(?:level|severity|lvl)[=:]"?(?:error|fatal|crit(?:ical)?|panic)\b|\s(?:ERROR|FATAL|CRITICAL|SEVERE)[\s:]/ },
    { name: 'tool-aborted', needs: ['aborted!', 'terminated!', 'not defined'], score: 6, pattern: /\b(?:aborted|terminated)!|\bnot defined\b|provided but not defined/i },
    { name: 'error-phrase', needs: ['failed to', 'failure to', 'unable to', 'could not', 'couldn\'t', 'cannot', 'can\'t'], score: 6, pattern: /\b(?:failed to|failure to|unable to|could not|couldn't|cannot|can't) \w+/i },
    { name: 'failed-summary', needs: ['fail', 'error'], score: 5, pattern: /\b(?:BUILD FAILED|BUILD FAILURE|FAILURE:|Tests? failed|\d+ (?:failing|failed|errors?)\b|test result: FAILED|FAILED\s*$|^FAIL\b|There (?:was|were) \d+ failures?)/ },
    { name: 'error-word', needs: ['error', 'fail', 'exception', 'panic', 'fatal'], score: 4, pattern: /\berrors?\b|\bfail(?:ed|ure|s)?\b|\bexception\b|\bpanic\b|\bfatal\b/i },
];
/** Signatures that mean "a test failed" (the class is then a test failure unless the excerpt says more). */
const TEST_FAILURE_SIGNALS = new Set([
    'jest-test-header', 'go-test-fail', 'surefire-failure', 'gradle-test-failed', 'pytest-failed', 'pytest-error-line',
    'unittest-fail', 'vitest-fail', 'jest-fail-file', 'failed-test-mark', 'cargo-test-failed', 'tap-not-ok',
    'ant-junit-failed', 'assertion-error', 'expected-actual',
]);
const NONE = { score: 0, signal: '' };
/** Only a line's start is matched: an error states itself there, and long lines cost the most. */
const SCORED_CHARS = 500;
/** Lines longer than this (minified output, JSON dumps) are rarely the statement of an error. */
const LONG_LINE_CHARS = 2000;
/**
 * Scores one ANSI-free line of log text (runner timestamp already removed). Lines without a
 * candidate keyword score 0 (`isCandidate`); callers that scanned bytes may skip the check.
 */
function scoreLine(text, knownCandidate = false) {
    if (text.length === 0 || (!knownCandidate && !isCandidate(text)))
        return NONE;
    // Very long lines are rarely the statement of an error (minified output, JSON dumps).
    const sample = text.length > SCORED_CHARS ? text.slice(0, SCORED_CHARS) : text;
    NEEDS.load(sample);
    for (let i = 0; i < ALL_SIGNATURES.length; i++) {
        const signature = ALL_SIGNATURES[i];
        if (!NEEDS.mayMatch(i) || !signature.pattern.test(sample))
            continue;
        if (i < NOT_A_CAUSE.length)
            return { score: 0, signal: signature.name };
        return { score: text.length > LONG_LINE_CHARS ? Math.min(signature.score, 3) : signature.score, signal: signature.name };
    }
    return NONE;
}
/** Every signature, non-causes first (the order `scoreLine` tries them in). */
const ALL_SIGNATURES = [...NOT_A_CAUSE, ...CAUSE_SIGNATURES];
const NEEDS = new NeedsIndex(ALL_SIGNATURES);
/** True for lines that mention errors but never explain one (exit-code lines, advice, zero counts). */
function isNoise(text) {
    NEEDS.load(text);
    return NOT_A_CAUSE.some((signature, index) => NEEDS.mayMatch(index) && signature.pattern.test(text));
}
/**
 * Lines that carry on an error statement: stack frames, indented detail, diffs, carets,
 * pytest `E`/`>` lines, continued `npm ERR!` or `[ERROR]` lines.
 */
const CONTINUATION = /^\s+\S|^\s*at |^\s*\.\.\. \d+ more|^Caused by|^[+-]\s|^\s*[~^]+\s*$|^E\s|^>\s|^npm ERR!|^\[ERROR\]|^\s*File "|^│|^\s*\|/;
function isContinuation(text) {
    return CONTINUATION.test(text);
}

;// CONCATENATED MODULE: ./packages/core/src/diagnose/excerpt-builder.ts

class ExcerptBuilder {
    maxLines;
    minScore;
    maxGap;
    keep;
    open;
    closed = [];
    sequence = 0;
    constructor(options = {}) {
        this.maxLines = options.maxLines ?? 16;
        this.minScore = options.minScore ?? 5;
        this.maxGap = options.maxGap ?? 2;
        this.keep = options.keep ?? 400;
    }
    /** True while an excerpt is open: the next lines must be shown to `observe` (they may continue it). */
    get isOpen() {
        return this.open !== undefined;
    }
    /** Feeds every line of the file in order (score 0 for lines that are not candidates). */
    observe(lineNumber, text, score, signal, stepIndex) {
        const open = this.open;
        if (score >= this.minScore) {
            if (open && open.stepIndex === stepIndex && open.lines.length < this.maxLines) {
                this.append(open, lineNumber, text);
                this.hit(open, lineNumber, text, score, signal);
                return;
            }
            this.close();
            const started = {
                startLine: lineNumber,
                endLine: lineNumber,
                lines: [text],
                bestLine: lineNumber,
                bestText: text,
                bestScore: score,
                totalScore: 0,
                signals: [],
                stepIndex,
                hitTexts: [],
                sequence: this.sequence++,
                gap: 0,
                lastHit: lineNumber,
            };
            this.open = started;
            this.hit(started, lineNumber, text, score, signal, true);
            return;
        }
        if (!open)
            return;
        if (open.lines.length >= this.maxLines || open.stepIndex !== stepIndex) {
            this.close();
            return;
        }
        if (text.trim() !== '' && isContinuation(text)) {
            open.gap = 0;
            this.append(open, lineNumber, text);
            return;
        }
        if (++open.gap > this.maxGap) {
            this.close();
            return;
        }
        this.append(open, lineNumber, text);
    }
    append(open, lineNumber, text) {
        open.lines.push(text);
        open.endLine = lineNumber;
    }
    hit(open, lineNumber, text, score, signal, first = false) {
        open.gap = 0;
        open.lastHit = lineNumber;
        open.totalScore += Math.min(score, 10);
        if (open.hitTexts.length < 8)
            open.hitTexts.push(text);
        if (signal && !open.signals.includes(signal))
            open.signals.push(signal);
        if (!first && score > open.bestScore) {
            open.bestScore = score;
            open.bestLine = lineNumber;
            open.bestText = text;
        }
    }
    close() {
        const open = this.open;
        if (!open)
            return;
        this.open = undefined;
        // Trailing lines that neither score nor continue the error are context, not excerpt; but a
        // one-line error keeps the line after it, which usually says what the headline means.
        let end = open.lines.length;
        const keep = open.lastHit - open.startLine + 1 + (open.lastHit === open.startLine ? 1 : 0);
        const trailing = (line) => isContinuation(line) && !isNoise(line);
        while (end > keep && !trailing(open.lines[end - 1] ?? ''))
            end--;
        while (end > 1 && (open.lines[end - 1] ?? '').trim() === '')
            end--;
        const { gap: _gap, lastHit: _lastHit, ...candidate } = open;
        candidate.lines = open.lines.slice(0, end);
        candidate.endLine = open.startLine + end - 1;
        this.closed.push(candidate);
        if (this.closed.length >= this.keep * 2)
            this.prune();
    }
    /** Keeps the strongest half, and always the most recent excerpts (failures cluster at the end). */
    prune() {
        const recent = this.closed.slice(-Math.floor(this.keep / 4));
        const rest = this.closed.slice(0, -recent.length);
        rest.sort((a, b) => b.bestScore - a.bestScore || b.totalScore - a.totalScore);
        const kept = rest.slice(0, this.keep - recent.length);
        this.closed = [...kept, ...recent].sort((a, b) => a.sequence - b.sequence);
    }
    /** All excerpts, in file order. Call after the last line. */
    finish() {
        this.close();
        return this.closed;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/diagnose/failed-tests.ts
/**
 * Names of failing tests, as the common test runners print them. Fed every line; cheap for
 * lines that name no test. Names are kept as the runner prints them (e.g. `Class.method`,
 * `path::test`, `Suite › test`), deduplicated in first-seen order, capped.
 */
const join = (...parts) => parts.filter((p) => p && p.length > 0).join('.');
const PATTERNS = [
    // go test: --- FAIL: TestName (0.01s)
    { pattern: /^\s*--- FAIL: (\S+)/, name: (m) => m[1] },
    // Maven Surefire: [ERROR] testName(com.Class)  Time elapsed: 0.1 s  <<< FAILURE!   (JUnit 4)
    //                 [ERROR] com.Class.testName  Time elapsed: …  <<< ERROR!         (JUnit 5)
    { pattern: /^(?:\[ERROR\]\s+)?([\w$]+)\(([\w.$]+)\)\s+Time elapsed:.*<<< (?:FAILURE|ERROR)!/, name: (m) => join(m[2], m[1]) },
    { pattern: /^(?:\[ERROR\]\s+)?([\w.$]+?)(?:\.([\w$]+))?(?:\([^)]*\))?\s+Time elapsed:.*<<< (?:FAILURE|ERROR)!/, name: (m) => (m[2] ? join(m[1], m[2]) : undefined) },
    // Surefire summary: [ERROR]   ClassTest.method:42 expected … / [ERROR] Failures: block entries
    { pattern: /^\[ERROR\]\s{2,}([A-Z][\w$]*(?:\.[\w$]+)*)\.([\w$]+):\d+/, name: (m) => join(m[1], m[2]) },
    // Gradle: com.Class > testName() FAILED
    { pattern: /^\s*([\w.$]+) > (.+?) FAILED\s*$/, name: (m) => join(m[1], m[2]?.replace(/\(\)$/, '')) },
    // Ant JUnit: [junit] Testcase: testName(com.Class):	FAILED
    { pattern: /\[junit\] Testcase: ([\w$]+)\(([\w.$]+)\):\s*(?:FAILED|Caused an ERROR)/, name: (m) => join(m[2], m[1]) },
    // pytest short summary: FAILED tests/test_x.py::TestC::test_y - msg
    // (a parametrised id may hold spaces inside its brackets: `test_a[ok 2:30pm now]`)
    { pattern: /^(?:FAILED|ERROR) ([\w/.-]+\.py::[^\s[]+(?:\[[^\]]*\])?)/, name: (m) => m[1] },
    // pytest verbose: tests/test_x.py::test_y FAILED
    { pattern: /^([\w/.-]+\.py::\S+) (?:FAILED|ERROR)\b/, name: (m) => m[1] },
    // unittest / nose: FAIL: test_y (module.Class)   ERROR: test_y (module.Class)   FAIL: module.test_y
    { pattern: /^(?:FAIL|ERROR): (\w+) \(([\w.]+)\)/, name: (m) => join(m[2], m[1]) },
    { pattern: /^(?:FAIL|ERROR): ([\w]+(?:\.[\w]+)+)\s*$/, name: (m) => m[1] },
    // pytest failure sections: ____ TestClass.test_name ____   ____ ERROR collecting tests/x.py ____
    { pattern: /^_{3,} (?:ERROR collecting )?(\S(?:.*\S)?) _{3,}$/, name: (m) => (m[1] && !/^(?:summary|captured|warnings)\b/i.test(m[1]) ? m[1] : undefined) },
    // JUnit Platform console: JUnit Jupiter:ClassTest:method()
    { pattern: /JUnit (?:Jupiter|Vintage):([\w$]+):([\w$]+)\(/, name: (m) => join(m[1], m[2]) },
    // sbt / scalatest: [error] Test basic.FooTest.failingTest failed: …
    { pattern: /^(?:\[\w+\] )*Test ([\w.$#]+) failed: /, name: (m) => m[1]?.replace('#', '.') },
    // Gradle (plain): com.pkg.ClassTest.method FAILED
    { pattern: /^\s*([\w$]+(?:\.[\w$]+)+(?:\[.*\])?) FAILED\s*$/, name: (m) => m[1] },
    // jest: ● Suite › test name   ● test name (not "● Test suite failed to run", not console output)
    { pattern: /^\s*● (.+ › .+)$/, name: (m) => m[1]?.trim() },
    { pattern: /^\s*● (?!Test suite failed to run|Console\b)(.+)$/, name: (m) => m[1]?.trim() },
    // vitest: FAIL  path > suite > test   / × suite > test
    { pattern: /^\s*(?:FAIL|×|✕)\s+(\S+\.[cm]?[jt]sx? > .+?)(?:\s+\d+ms)?$/, name: (m) => m[1]?.trim() },
    // jest/mocha marks: ✕ test name (12 ms)
    { pattern: /^\s+(?:✕|✗|×) (.+?)(?: \(\d+ ?m?s\))?$/, name: (m) => m[1]?.trim() },
    // cargo test: test path::name ... FAILED
    { pattern: /^test (\S+) \.\.\. FAILED/, name: (m) => m[1] },
    // TAP: not ok 3 - name
    { pattern: /^\s*not ok \d+ (?:- )?(.+?)(?:\s+#.*)?$/, name: (m) => m[1]?.trim() },
    // RSpec: rspec ./spec/x_spec.rb:12 # description
    { pattern: /^rspec (\.\/\S+:\d+) # (.+)$/, name: (m) => `${m[1]} ${m[2]}` },
    // PHPUnit / mocha numbered failures after a "failures:" heading are handled by the block state.
];
const PREFILTER = /FAIL|ERROR|<<<|●|✕|✗|×|not ok|rspec |\[junit\]|^_{3,} |JUnit |failed: /;
const MOCHA_FAILING = /^\s*\d+ failing\s*$/;
const MOCHA_ITEM = /^\s{2}(\d+)\) (.+?):?\s*$/;
const CARGO_FAILURES = /^failures:\s*$/;
const CARGO_ITEM = /^\s{4}(\S+)$/;
class FailedTestCollector {
    cap;
    names = new Set();
    mode = 'none';
    modeLines = 0;
    /**
     * A mocha failure title being read: mocha prints `  1) Suite` and then the nested titles on
     * more-indented lines, the last one ending in `:`.
     */
    mochaTitle;
    constructor(cap = 200) {
        this.cap = cap;
    }
    /** True inside a block of failure listings (mocha, cargo): every line must be observed. */
    get inBlock() {
        return this.mode !== 'none';
    }
    /** Feeds one ANSI-free line; returns the test it names, if any. */
    observe(text) {
        if (this.mode !== 'none') {
            const found = this.observeBlock(text);
            if (found)
                return found;
        }
        if (MOCHA_FAILING.test(text)) {
            this.mode = 'mocha';
            this.modeLines = 0;
            return undefined;
        }
        if (CARGO_FAILURES.test(text)) {
            this.mode = 'cargo';
            this.modeLines = 0;
            return undefined;
        }
        if (!PREFILTER.test(text))
            return undefined;
        for (const { pattern, name } of PATTERNS) {
            const match = pattern.exec(text);
            if (!match)
                continue;
            const found = name(match);
            if (found)
                return this.add(found);
        }
        return undefined;
    }
    observeBlock(text) {
        if (++this.modeLines > 2000)
            this.mode = 'none';
        if (this.mode === 'mocha')
            return this.observeMocha(text);
        if (this.mode === 'cargo') {
            const item = CARGO_ITEM.exec(text);
            if (item?.[1])
                return this.add(item[1]);
            if (/^test result:/.test(text))
                this.mode = 'none';
        }
        return undefined;
    }
    observeMocha(text) {
        const title = this.mochaTitle;
        const indent = text.length - text.trimStart().length;
        const part = text.trim();
        if (title && part !== '' && indent > title.indent && !MOCHA_ITEM.test(text)) {
            title.parts.push(part.replace(/:$/, ''));
            if (!part.endsWith(':'))
                return undefined;
            this.mochaTitle = undefined;
            return this.add(title.parts.join(' '));
        }
        const finished = title ? this.add(title.parts.join(' ')) : undefined;
        this.mochaTitle = undefined;
        const item = MOCHA_ITEM.exec(text);
        if (item?.[2]) {
            if (item[2].endsWith(':') || text.trimEnd().endsWith(':'))
                return this.add(item[2].replace(/:$/, ''));
            this.mochaTitle = { parts: [item[2]], indent };
        }
        return finished;
    }
    add(name) {
        const clean = name.length > 300 ? `${name.slice(0, 300)}…` : name;
        if (this.names.size < this.cap)
            this.names.add(clean);
        return clean;
    }
    tests() {
        return [...this.names];
    }
}

;// CONCATENATED MODULE: ./packages/core/src/diagnose/location.ts
const EXTENSIONS = 'tsx?|jsx?|mjs|cjs|vue|svelte|py|go|rs|java|kt|kts|scala|groovy|rb|php|cs|fs|swift|m|mm|c|cc|cpp|cxx|h|hpp|hh|ex|exs|erl|hs|clj|lua|pl|sh|ya?ml|json|toml|tf|dart|zig|sql|css|scss|html';
const PATH = `((?:[A-Za-z]:)?[\\w@~./\\\\-]*[\\w-]\\.(?:${EXTENSIONS}))`;
const FORMS = [
    new RegExp(`${PATH}\\((\\d+),(\\d+)\\)`), // tsc, msbuild
    new RegExp(`${PATH}:\\[(\\d+),(\\d+)\\]`), // maven javac
    new RegExp(`File "${PATH}", line (\\d+)()`), // python traceback
    new RegExp(`${PATH}:(\\d+)(?::(\\d+))?`), // gcc, go, eslint unix, rust -->, node stacks
];
const IGNORED = /(?:^|[\\/])node_modules[\\/]|^internal\/|^node:|<anonymous>|site-packages|\/usr\/lib\/|\/usr\/local\/lib\/|\.m2[\\/]repository|\/rustc\/|\/go\/pkg\/mod\//;
function findLocation(text) {
    if (text.length > 2000)
        return undefined;
    for (const form of FORMS) {
        const match = form.exec(text);
        if (!match?.[1])
            continue;
        const file = match[1];
        if (IGNORED.test(file) || file.startsWith('http') || /^\d/.test(file))
            continue;
        const line = match[2] ? Number(match[2]) : undefined;
        const column = match[3] ? Number(match[3]) : undefined;
        return { file, ...(line ? { line } : {}), ...(column ? { column } : {}) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/diagnose/normalize.ts
/**
 * A comparison key for a log line: the same message with other numbers, ids, hashes or
 * durations gives the same key. Used to match a line against passing logs and to count
 * repeats; cheap enough for every candidate line.
 */
const VARIABLE = /0x[0-9a-f]+|\b[0-9a-f]{7,}\b|\d+(?:\.\d+)?/gi;
function comparisonKey(text) {
    const trimmed = text.length > 300 ? text.slice(0, 300) : text;
    return trimmed.replace(VARIABLE, '#').replace(/\s+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./packages/core/src/diagnose/file-analyzer.ts










const FORMAT_SAMPLE_LINES = 30;
const EXCERPT_LINE_CHARS = 400;
const TITLE_CHARS = 200;
const PATTERN_MIN_SCORE = 6;
const REPEAT_KEYS_CAP = 50_000;
const HASH = 35; // '#'
const DOLLAR = 36; // '$'
/** Reads one log as a stream and explains it: outcome, steps, ranked excerpts, tests, class. */
async function analyzeLog(source, options = {}) {
    const maxFailures = options.maxFailures ?? 5;
    const sample = [];
    let format = 'plain';
    let structure = new JobStructure(format);
    const excerpts = new ExcerptBuilder();
    const tests = new FailedTestCollector();
    const repeats = new Map();
    const tail = new TailLines(8);
    const stepColumn = new StepColumn();
    let beforeExit;
    let strongErrors = 0;
    /** Handles one line; only lines that can matter are decoded. */
    const visit = (bytes, start, end, lineNumber, keyword) => {
        let content = start;
        if (format === 'github-raw')
            content = rawContentStart(bytes, start, end);
        else if (format === 'github-cli') {
            content = stepColumn.contentStart(bytes, start, end);
            if (stepColumn.changed)
                structure.enterStep(stepColumn.name, lineNumber);
        }
        const first = content < end ? firstVisibleByte(bytes, content, end) : -1;
        const matched = keyword || (first !== -1 && looksLikeDiagnostic(bytes, content, end));
        if (!(matched || first === HASH || first === DOLLAR || excerpts.isOpen || tests.inBlock || structure.inStepHeader)) {
            if (content < end)
                tail.push(bytes, content, end, lineNumber);
            return;
        }
        const text = stripAnsi(bytes.toString('utf8', content, end));
        const failedBefore = structure.failedStepCount;
        const where = structure.observe(text, lineNumber);
        if (structure.failedStepCount > failedBefore && !beforeExit)
            beforeExit = tail.lines();
        else if (!text.startsWith('##[') && content < end)
            tail.push(bytes, content, end, lineNumber);
        if (where.isScript) {
            excerpts.observe(lineNumber, text, 0, '', where.stepIndex);
            return;
        }
        if (matched || tests.inBlock)
            tests.observe(text);
        const { score, signal } = matched ? scoreLine(text, true) : NO_SCORE;
        excerpts.observe(lineNumber, text, score, signal, where.stepIndex);
        if (score >= PATTERN_MIN_SCORE) {
            strongErrors++;
            const key = comparisonKey(text);
            if (repeats.size < REPEAT_KEYS_CAP || repeats.has(key))
                repeats.set(key, (repeats.get(key) ?? 0) + 1);
            options.onErrorLine?.({
                text,
                key,
                path: source.path,
                line: lineNumber,
                hour: hourOf(content > start ? bytes.toString('latin1', start, content) : undefined, text),
                runId: source.context?.runId,
            });
        }
    };
    let started = false;
    const startReading = () => {
        if (started)
            return;
        started = true;
        format = detectFormat(sample.map((line) => line.bytes.toString('utf8')));
        structure = new JobStructure(format);
        sample.forEach((line, index) => visit(line.bytes, 0, line.bytes.length, index + 1, line.matched));
        sample.length = 0;
    };
    const onLine = (bytes, start, end, lineNumber, matched) => {
        if (!started) {
            sample.push({ bytes: Buffer.from(bytes.subarray(start, end)), matched });
            if (sample.length === FORMAT_SAMPLE_LINES)
                startReading();
            return;
        }
        visit(bytes, start, end, lineNumber, matched);
    };
    const chunks = await source.open();
    const read = await scanByteLines(countBytes(chunks, options.onBytes), onLine, {
        automaton: CANDIDATE_AUTOMATON,
        maxLineBytes: options.maxLineChars,
    });
    startReading();
    structure.setLastLine(read.lines);
    structure.finish();
    const notes = [];
    if (read.bytes === 0)
        notes.push('empty file');
    if (read.truncatedLines > 0)
        notes.push(`${read.truncatedLines} line(s) longer than the cap were cut`);
    if (read.encoding !== 'utf-8')
        notes.push(`decoded as ${read.encoding}`);
    const candidates = excerpts.finish();
    let outcome = read.bytes === 0
        ? { status: 'unknown', reason: 'empty file' }
        : structure.outcome(strongErrors > 0);
    outcome = withApiConclusion(outcome, source.context?.jobConclusion);
    const unmarked = outcome.status === 'passed' ? unmarkedFailure(candidates, structure) : undefined;
    if (unmarked) {
        outcome = {
            status: 'failed',
            reason: `no exit marker, but the last step ends with an error (line ${unmarked.bestLine}); a container action's failure can leave no marker`,
        };
    }
    const steps = structure.steps;
    const failedTests = tests.tests();
    let failures = [];
    if (outcome.status !== 'passed' && read.bytes > 0) {
        const ranked = rankCandidates(candidates, steps, repeats, options.baseline);
        failures = ranked.slice(0, maxFailures).map((candidate, index) => toFailure(candidate, index + 1, steps, failedTests));
        const runnerProblem = structure.runnerProblem();
        if (runnerProblem && (failures.length === 0 || outcome.status === 'cancelled')) {
            failures.unshift(fallbackFailure([{ line: runnerProblem.line, text: runnerProblem.text }], steps, 'runner-problem'));
        }
        if (failures.length === 0 && outcome.status === 'failed') {
            const lines = beforeExit ?? tail.lines();
            if (lines.length > 0)
                failures.push(fallbackFailure(lines, steps, 'last-lines-before-exit'));
        }
        failures = failures.slice(0, maxFailures).map((failure, index) => ({ ...failure, rank: index + 1 }));
    }
    const failedStep = steps.find((step) => step.failed);
    const top = failures[0];
    // The job's class is its first cause's class (with the exit code as extra evidence), so the
    // verdict, the job header and the first excerpt never disagree.
    const classification = top
        ? classify({ line: top.errorLine, text: top.title }, top.lines.map((text, i) => ({ line: top.startLine + i, text })), failedStep?.exitCode, top.category === 'test-assertion')
        : undefined;
    if (top && classification)
        failures[0] = { ...top, category: classification.category, confidence: classification.confidence };
    return {
        path: source.path,
        format,
        status: outcome.status,
        statusReason: outcome.reason,
        lines: read.lines,
        bytes: read.bytes,
        steps,
        failures,
        failedTests,
        ...(classification ? { classification } : {}),
        ...(source.context ? { context: source.context } : {}),
        notes,
    };
}
const NO_SCORE = { score: 0, signal: '' };
/**
 * The job's API object (stored beside the log by a collector) knows how the job ended even when
 * its log does not say (a step killed without a marker, a log cut short): it wins over a log
 * that looks passed or unknown.
 */
function withApiConclusion(outcome, conclusion) {
    if (conclusion === 'failure' && outcome.status !== 'failed') {
        return { status: 'failed', reason: `the job's API object says it failed (the log alone: ${outcome.reason})` };
    }
    if (conclusion === 'cancelled' && (outcome.status === 'passed' || outcome.status === 'unknown')) {
        return { status: 'cancelled', reason: `the job's API object says it was cancelled (the log alone: ${outcome.reason})` };
    }
    return outcome;
}
/** How close to the end of the job's own steps a strong error must be to count as its end. */
const UNMARKED_FAILURE_WINDOW = 25;
/**
 * A job log with no `##[error]` line at all whose last step still ends on a strong error line,
 * just before `Post job cleanup.`: the step failed without the runner writing its marker.
 */
function unmarkedFailure(candidates, structure) {
    const end = structure.postJobLine;
    if (end === undefined || !structure.hasNoErrorMarkers)
        return undefined;
    return candidates.find((c) => c.bestScore >= 8 && c.endLine < end && end - c.endLine <= UNMARKED_FAILURE_WINDOW);
}
/**
 * Comparison keys of the lines of a (passing) log that could be scored, for `BaselineIndex`.
 * Stops adding at `cap` keys.
 */
async function collectBaselineKeys(source, keys, cap) {
    const sample = [];
    let format;
    const stepColumn = new StepColumn();
    const take = (bytes, start, end) => {
        const content = format === 'github-raw' ? rawContentStart(bytes, start, end)
            : format === 'github-cli' ? stepColumn.contentStart(bytes, start, end) : start;
        const text = stripAnsi(bytes.toString('utf8', content, end));
        if (keys.size < cap && scoreLine(text).score > 0)
            keys.add(comparisonKey(text));
    };
    await scanByteLines(await source.open(), (bytes, start, end, _lineNumber, matched) => {
        if (format === undefined) {
            sample.push(Buffer.from(bytes.subarray(start, end)));
            if (sample.length < FORMAT_SAMPLE_LINES)
                return;
            format = detectFormat(sample.map((line) => line.toString('utf8')));
            for (const line of sample)
                take(line, 0, line.length);
            return;
        }
        if (matched)
            take(bytes, start, end);
    }, { automaton: CANDIDATE_AUTOMATON });
    if (format === undefined) {
        format = detectFormat(sample.map((line) => line.toString('utf8')));
        for (const line of sample)
            take(line, 0, line.length);
    }
}
/**
 * Where the text starts in a raw job-log line: after `2024-05-06T09:50:14.1206542Z ` (and a BOM
 * on the first line); the line start when it has no such prefix.
 */
function rawContentStart(bytes, start, end) {
    let at = start;
    if (bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf)
        at += 3;
    if (end - at < 20 || bytes[at + 4] !== 45 /* - */ || bytes[at + 10] !== 84 /* T */)
        return start;
    // The runner always writes seven fraction digits: `Z` at offset 27.
    if (bytes[at + 27] === 90)
        return bytes[at + 28] === 32 && at + 28 < end ? at + 29 : at + 28;
    const limit = Math.min(end, at + 36);
    for (let i = at + 19; i < limit; i++) {
        if (bytes[i] === 90 /* Z */)
            return bytes[i + 1] === 32 && i + 1 < end ? i + 2 : i + 1;
    }
    return start;
}
/** The first byte of a line that is not part of a terminal escape sequence (`ESC [ … letter`, `ESC ( B`). */
function firstVisibleByte(bytes, start, end) {
    let at = start;
    while (at < end && bytes[at] === 27) {
        const kind = bytes[at + 1];
        if (kind === 91 /* [ */) {
            at += 2;
            while (at < end && (bytes[at] < 64 || bytes[at] > 126))
                at++;
            at++;
        }
        else
            at += kind === 40 || kind === 41 ? 3 : 2;
    }
    return at < end ? bytes[at] : -1;
}
/** Follows the step column of `gh run view --log` lines (`job<TAB>step<TAB>timestamp text`). */
class StepColumn {
    name = '';
    changed = false;
    previous = Buffer.alloc(0);
    contentStart(bytes, start, end) {
        this.changed = false;
        const firstTab = bytes.indexOf(9, start);
        if (firstTab === -1 || firstTab >= end)
            return start;
        const secondTab = bytes.indexOf(9, firstTab + 1);
        if (secondTab === -1 || secondTab >= end)
            return start;
        const step = bytes.subarray(firstTab + 1, secondTab);
        if (!step.equals(this.previous)) {
            this.previous = Buffer.from(step);
            this.name = step.toString('utf8');
            this.changed = true;
        }
        return rawContentStart(bytes, secondTab + 1, end);
    }
}
/** The last few non-blank lines, kept as byte ranges and decoded only when asked for. */
class TailLines {
    size;
    buffers;
    starts;
    ends;
    numbers;
    next = 0;
    count = 0;
    constructor(size) {
        this.size = size;
        this.buffers = new Array(size);
        this.starts = new Int32Array(size);
        this.ends = new Int32Array(size);
        this.numbers = new Float64Array(size);
    }
    push(bytes, start, end, lineNumber) {
        this.buffers[this.next] = bytes;
        this.starts[this.next] = start;
        this.ends[this.next] = end;
        this.numbers[this.next] = lineNumber;
        this.next = (this.next + 1) % this.size;
        if (this.count < this.size)
            this.count++;
    }
    lines() {
        const lines = [];
        for (let k = this.count; k > 0; k--) {
            const i = (this.next - k + this.size) % this.size;
            const text = stripAnsi(this.buffers[i].toString('utf8', this.starts[i], this.ends[i])).trimEnd();
            if (text.trim() !== '')
                lines.push({ line: this.numbers[i], text });
        }
        return lines;
    }
}
async function* countBytes(chunks, onBytes) {
    let bytes = 0;
    let reported = 0;
    for await (const chunk of chunks) {
        bytes += chunk.length;
        if (onBytes && bytes - reported >= 8 * 1024 * 1024) {
            onBytes(bytes - reported);
            reported = bytes;
        }
        yield chunk;
    }
    if (onBytes && bytes > reported)
        onBytes(bytes - reported);
}
/**
 * Orders excerpts by how well they explain the failure: the strength of their best line,
 * whether they sit in the step that exited non-zero, whether passing logs show the same lines
 * (then they are not causes), and whether the line repeats all over the file (noise).
 */
function rankCandidates(candidates, steps, repeats, baseline) {
    const failedSteps = new Set(steps.flatMap((step, index) => (step.failed ? [index] : [])));
    const lastLine = candidates.reduce((max, c) => Math.max(max, c.endLine), 1);
    const ranked = candidates.map((candidate) => {
        let rankScore = candidate.bestScore + Math.min(candidate.totalScore, 40) / 20;
        if (failedSteps.size > 0) {
            if (failedSteps.has(candidate.stepIndex))
                rankScore += 5;
            else
                rankScore -= 6; // a step that passed, or set-up before the first step
        }
        if (baseline && baseline.size > 0) {
            const known = candidate.hitTexts.filter((text) => baseline.has(comparisonKey(text))).length;
            rankScore -= 8 * (known / Math.max(1, candidate.hitTexts.length));
        }
        const repeatCount = repeats.get(comparisonKey(candidate.bestText)) ?? 1;
        if (repeatCount > 20)
            rankScore -= 4;
        else if (repeatCount > 3)
            rankScore -= 2;
        // Inside the step that failed, the first error usually caused the rest; elsewhere later
        // lines explain a failure more often than early ones (set-up noise).
        const step = steps[candidate.stepIndex];
        if (step?.failed)
            rankScore += 1 - (candidate.startLine - step.startLine) / Math.max(1, step.endLine - step.startLine);
        else
            rankScore += candidate.endLine / lastLine;
        return { ...candidate, rankScore };
    });
    ranked.sort((a, b) => b.rankScore - a.rankScore || a.sequence - b.sequence);
    // One excerpt per distinct message.
    const seen = new Set();
    return ranked.filter((candidate) => {
        const key = comparisonKey(cleanTitle(candidate.bestText));
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function toFailure(candidate, rank, steps, fileTests) {
    const lines = candidate.lines.map((line) => cap(line, EXCERPT_LINE_CHARS));
    const evidence = lines.map((text, i) => ({ line: candidate.startLine + i, text }));
    const testFailed = candidate.signals.some((signal) => TEST_FAILURE_SIGNALS.has(signal));
    const classification = classify({ line: candidate.bestLine, text: candidate.bestText }, evidence, undefined, testFailed);
    const step = steps[candidate.stepIndex];
    const tests = testsNamedIn(candidate.lines, fileTests);
    const location = findLocation(candidate.bestText) ?? firstLocation(candidate.lines);
    return {
        rank,
        startLine: candidate.startLine,
        endLine: candidate.endLine,
        lines,
        errorLine: candidate.bestLine,
        title: cleanTitle(candidate.bestText),
        category: classification.category,
        confidence: classification.confidence,
        tests,
        ...(step ? { step: step.name } : {}),
        ...(location ? { location } : {}),
        signals: candidate.signals,
    };
}
function fallbackFailure(lines, steps, signal) {
    const first = lines[0] ?? { line: 1, text: '' };
    const last = lines[lines.length - 1] ?? first;
    const classification = classify(last, lines);
    const step = steps.find((s) => s.startLine <= first.line && first.line <= s.endLine);
    // The excerpt must be a contiguous range of the raw file: keep the last contiguous run.
    let start = lines.length - 1;
    while (start > 0 && (lines[start - 1]?.line ?? 0) >= (lines[start]?.line ?? 0) - 3)
        start--;
    const run = lines.slice(start);
    const startLine = run[0]?.line ?? first.line;
    return {
        rank: 1,
        startLine,
        endLine: last.line,
        lines: run.map((l) => cap(l.text, EXCERPT_LINE_CHARS)),
        errorLine: last.line,
        title: cleanTitle(last.text),
        category: classification.category,
        confidence: Math.min(classification.confidence, 0.4),
        tests: [],
        ...(step ? { step: step.name } : {}),
        signals: [signal],
    };
}
function testsNamedIn(lines, fileTests) {
    if (fileTests.length === 0)
        return [];
    const collector = new FailedTestCollector(20);
    for (const line of lines)
        collector.observe(line);
    const named = collector.tests();
    if (named.length > 0)
        return named;
    return fileTests.filter((test) => {
        const leaf = test.split(/[.›>:]/).pop()?.trim();
        return leaf && leaf.length > 3 && lines.some((line) => line.includes(leaf));
    }).slice(0, 10);
}
function firstLocation(lines) {
    for (const line of lines) {
        const location = findLocation(line);
        if (location)
            return location;
    }
    return undefined;
}
function cleanTitle(text) {
    return cap(text.replace(/^##\[(?:error|warning)\]/, '').trim(), TITLE_CHARS);
}
function cap(text, max) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./packages/core/src/logger.ts
/** A logger that drops everything (the default when a caller gives none). */
const silentLogger = {
    debug() { },
    info() { },
    warning() { },
    error() { },
};
/** A logger that keeps every message, for tests. */
class RecordingLogger {
    messages = [];
    debug(message) { this.messages.push({ level: 'debug', message }); }
    info(message) { this.messages.push({ level: 'info', message }); }
    warning(message) { this.messages.push({ level: 'warning', message }); }
    error(message) { this.messages.push({ level: 'error', message }); }
    text(level) {
        return this.messages.filter((m) => !level || m.level === level).map((m) => m.message).join('\n');
    }
}

;// CONCATENATED MODULE: ./packages/core/src/input/display-path.ts

/**
 * A path as shown to people: relative to `cwd` when it lies inside, absolute otherwise, with
 * control characters escaped so that a hostile file name cannot break a line of output.
 */
function displayPath(absolutePath, cwd) {
    const fromCwd = (0,external_node_path_namespaceObject.relative)(cwd, absolutePath);
    const inside = fromCwd !== '' && fromCwd !== '..' && !fromCwd.startsWith(`..${external_node_path_namespaceObject.sep}`) && !(0,external_node_path_namespaceObject.isAbsolute)(fromCwd);
    return printable(inside ? fromCwd : absolutePath);
}
/** Escapes C0/C1 control characters (newlines, ESC, …) as `\xNN` so the text stays on one line. */
function printable(text) {
    return text.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/** True when `candidate` is `folder` or lies below it (both already resolved, symlinks included). */
function isInside(candidate, folder) {
    const fromFolder = (0,external_node_path_namespaceObject.relative)(folder, candidate);
    return fromFolder === '' || (fromFolder !== '..' && !fromFolder.startsWith(`..${external_node_path_namespaceObject.sep}`) && !(0,external_node_path_namespaceObject.isAbsolute)(fromFolder));
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./packages/core/src/input/file-source.ts

/** Bytes per read from disk: large enough for throughput, small enough to never matter for memory. */
const READ_CHUNK_BYTES = 256 * 1024;
/** A log file on disk; each `open()` streams it from the start. */
function fileSource(absolutePath, shownPath, size) {
    return {
        path: shownPath,
        size,
        async open() {
            const handle = await (0,promises_namespaceObject.open)(absolutePath, 'r');
            // The stream closes the handle when it ends or is destroyed.
            return handle.createReadStream({ highWaterMark: READ_CHUNK_BYTES });
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/input/fs-errors.ts
/** A few words for a failed file-system call (`not found`, `permission denied`, `EISDIR`, …), for one-line notes. */
function describeFsError(error) {
    const code = error?.code;
    if (code === 'ENOENT')
        return 'not found';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code)
        return code;
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(6);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/core/src/input/log-names.ts

const LOG_EXTENSIONS = new Set(['.log', '.txt', '.out', '.err', '.stdout', '.stderr', '.output']);
const ROTATED_LOG = /\.(?:log|txt|out|err)\.(?:\d+|\d{4}-\d\d-\d\d[-_.T\d]*)$/i;
/**
 * Files that are documents or build files, not logs, and the summary collect-logs writes beside
 * its manifest (`analysis_summary.txt`: it quotes failures, so reading it would count them twice).
 */
const NOT_LOGS = /^(?:LICEN[CS]E|COPYING|NOTICE|AUTHORS|CONTRIBUTORS|README|CHANGELOG|CHANGES|Makefile|Dockerfile|Jenkinsfile|Gemfile|Rakefile|Procfile|Vagrantfile|CODEOWNERS|analysis_summary\.txt)$/i;
/** How a file found by walking is treated, from its base name alone. */
function classifyName(name) {
    const base = external_node_path_namespaceObject.posix.basename(name.replace(/\\/g, '/'));
    const extension = extensionOf(base);
    if (extension === '.zip')
        return 'zip';
    if (NOT_LOGS.test(base))
        return 'other';
    if (extension === '' || LOG_EXTENSIONS.has(extension) || ROTATED_LOG.test(base))
        return 'log';
    return 'other';
}
/** True for a name ending in `.zip` (any case). */
function isZipName(name) {
    return name.toLowerCase().endsWith('.zip');
}
/** Lower-case extension with its dot; empty for `Makefile` and for dotfiles such as `.env`. */
function extensionOf(base) {
    const dot = base.lastIndexOf('.');
    return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}
/**
 * Deterministic order for names met in folders and zips: runs of digits compare as numbers
 * (`2_test.txt` before `10_deploy.txt`), everything else by UTF-16 code unit, so the order is the
 * same on every machine whatever its locale.
 */
function compareNames(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const ca = a.charCodeAt(i);
        const cb = b.charCodeAt(j);
        if (isDigit(ca) && isDigit(cb)) {
            const endA = digitsEnd(a, i);
            const endB = digitsEnd(b, j);
            const order = compareDigitRuns(a.slice(i, endA), b.slice(j, endB));
            if (order !== 0)
                return order;
            i = endA;
            j = endB;
        }
        else if (ca !== cb) {
            return ca - cb;
        }
        else {
            i++;
            j++;
        }
    }
    return a.length - i - (b.length - j) || (a < b ? -1 : a > b ? 1 : 0);
}
function isDigit(code) {
    return code >= 48 && code <= 57;
}
function digitsEnd(text, from) {
    let end = from;
    while (end < text.length && isDigit(text.charCodeAt(end)))
        end++;
    return end;
}
/** Compares two runs of digits by value, however long they are. */
function compareDigitRuns(a, b) {
    const x = a.replace(/^0+(?=\d)/, '');
    const y = b.replace(/^0+(?=\d)/, '');
    if (x.length !== y.length)
        return x.length - y.length;
    return x < y ? -1 : x > y ? 1 : 0;
}

;// CONCATENATED MODULE: ./packages/core/src/input/walk.ts





/** Folders never worth walking into for logs. Hidden entries (`.git`, `.cache`, …) are skipped too. */
const SKIPPED_FOLDERS = new Set(['node_modules']);
/**
 * Yields the regular files under `root`, depth first, each folder's entries in `compareNames`
 * order, so the same tree always gives the same sequence. Files come in batches (a run of one
 * folder's files) to keep the walk cheap on folders of thousands of files. Symlinks are followed
 * only when they resolve inside `root` (others are noted and skipped), and a folder already
 * walked is never entered again, so symlink cycles end.
 */
async function* walkFolder(root, reporter, options = {}) {
    const realRoot = await (0,promises_namespaceObject.realpath)(root);
    const state = { root, realRoot, visited: new Set([realRoot]), reporter, maxDepth: options.maxDepth ?? Infinity };
    yield* walkInto(root, realRoot, 1, state);
}
async function* walkInto(folder, realFolder, depth, state) {
    const { reporter } = state;
    let entries;
    try {
        entries = await (0,promises_namespaceObject.readdir)(folder, { withFileTypes: true });
    }
    catch (error) {
        reporter.note(`cannot read folder ${reporter.show(folder)}: ${describeFsError(error)}`);
        return;
    }
    entries.sort((a, b) => compareNames(a.name, b.name));
    let files = [];
    for (const entry of entries) {
        const path = (0,external_node_path_namespaceObject.join)(folder, entry.name);
        if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) {
            reporter.debug(`skipped ${reporter.show(path)} (hidden or dependency folder)`);
            continue;
        }
        if (entry.isFile()) {
            files.push({ path, realPath: (0,external_node_path_namespaceObject.join)(realFolder, entry.name) });
            continue;
        }
        const folderBelow = entry.isSymbolicLink() ? await followLink(path, depth, state, files) : entry.isDirectory() ? (0,external_node_path_namespaceObject.join)(realFolder, entry.name) : undefined;
        if (folderBelow === undefined) {
            if (!entry.isSymbolicLink())
                reporter.debug(`skipped ${reporter.show(path)} (not a regular file)`);
            continue;
        }
        if (depth >= state.maxDepth)
            continue;
        state.visited.add(folderBelow);
        if (files.length > 0)
            yield files;
        files = [];
        yield* walkInto(path, folderBelow, depth + 1, state);
    }
    if (files.length > 0)
        yield files;
}
/**
 * Resolves a symlink met in the walk: a file inside the root joins `files`; a folder inside the
 * root not walked yet is returned (its real path) to walk into; anything else is skipped.
 */
async function followLink(path, depth, state, files) {
    const { reporter } = state;
    let realPath;
    try {
        realPath = await (0,promises_namespaceObject.realpath)(path);
    }
    catch (error) {
        reporter.note(`skipped broken symlink ${reporter.show(path)}: ${describeFsError(error)}`);
        return undefined;
    }
    if (!isInside(realPath, state.realRoot)) {
        reporter.note(`skipped symlink ${reporter.show(path)}: it points outside ${reporter.show(state.root)}`);
        return undefined;
    }
    const target = await (0,promises_namespaceObject.stat)(realPath).catch(() => undefined);
    if (target?.isFile()) {
        files.push({ path, realPath });
    }
    else if (target?.isDirectory()) {
        if (!state.visited.has(realPath))
            return realPath;
        if (depth < state.maxDepth)
            reporter.debug(`skipped symlink ${reporter.show(path)}: its folder is already walked (a cycle or an alias)`);
    }
    else {
        reporter.debug(`skipped symlink ${reporter.show(path)} (not a file or folder)`);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/input/glob.ts




/** True when `text` holds glob syntax (`*`, `?`, `[…]`, `{a,b}`, `**`). */
function isGlob(text) {
    return picomatch_default().scan(text.replace(/\\/g, '/')).isGlob;
}
/**
 * The files a glob matches, resolved against `cwd`, in the order of a folder walk. The glob's
 * fixed leading folders (`logs` in `logs/**\/*.txt`) are walked like a folder given by name, with
 * the same safety: a symlink that resolves outside them is noted and skipped, cycles end, and
 * hidden entries and `node_modules` are not searched. Without `**`, the walk goes no deeper than
 * the pattern does.
 */
async function* expandGlob(pattern, cwd, reporter) {
    const { base, glob } = picomatch_default().scan(pattern.replace(/\\/g, '/'));
    const baseFolder = (0,external_node_path_namespaceObject.resolve)(cwd, base);
    const isFolder = await (0,promises_namespaceObject.stat)(baseFolder).then((info) => info.isDirectory(), () => false);
    if (!isFolder)
        return;
    const matches = picomatch_default()(glob, { dot: false });
    const maxDepth = glob.includes('**') ? Infinity : glob.split('/').length;
    for await (const batch of walkFolder(baseFolder, reporter, { maxDepth })) {
        const matched = batch.filter((file) => matches((0,external_node_path_namespaceObject.relative)(baseFolder, file.path).split(external_node_path_namespaceObject.sep).join('/')));
        if (matched.length > 0)
            yield matched;
    }
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./packages/core/src/input/sniff.ts

/** How many leading bytes decide whether a file is text. */
const SNIFF_BYTES = 8 * 1024;
/**
 * Tells text from binary by the first bytes: a NUL byte means binary, unless a UTF-16
 * byte-order mark says NULs are expected (UTF-16 text of ASCII has one in every other byte).
 */
function sniffContent(head) {
    if (head.length === 0)
        return 'empty';
    if (hasUtf16Bom(head))
        return 'text';
    const limit = Math.min(head.length, SNIFF_BYTES);
    for (let i = 0; i < limit; i++)
        if (head[i] === 0)
            return 'binary';
    return 'text';
}
/** True when the bytes start like a zip archive (a local file header), whatever the file's name. */
function looksLikeZip(head) {
    return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}
/** Why a binary file was skipped, in a few words, with a hint for the common gzip case. */
function describeBinary(head) {
    if (head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip-compressed (decompress it first)';
    return 'binary (NUL bytes in the first 8 KiB)';
}
function hasUtf16Bom(head) {
    return (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
}
/**
 * Reads a file's size and its first `SNIFF_BYTES` bytes (fewer when the file is shorter).
 * Synchronous on purpose: discovery reads thousands of heads, and three short blocking calls per
 * file are several times faster than round trips through libuv's thread pool (10,000 files:
 * about 0.5 s against 5 s on a 2-core machine). A file shorter than the head needs no `fstat`.
 */
function readFileHead(path) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(SNIFF_BYTES);
        const bytesRead = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, SNIFF_BYTES, 0);
        const size = bytesRead < SNIFF_BYTES ? bytesRead : (0,external_node_fs_namespaceObject.fstatSync)(fd).size;
        return { size, head: buffer.subarray(0, bytesRead) };
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __nccwpck_require__(663);
;// CONCATENATED MODULE: ./packages/core/src/input/run-log-layout.ts
/**
 * GitHub's run-log zip holds one `N_<job>.txt` per job at the top level and, beside it, a folder
 * per job with one `<n>_<step>.txt` per step: the same lines twice. When a job's top-level log
 * is there it is read and that job's step files are dropped; a job folder without a top-level
 * log (some downloads have only the folders) is read step by step.
 */
function preferJobLogs(entries) {
    const jobs = new Set();
    for (const { name } of entries) {
        const job = JOB_LOG.exec(name)?.[1];
        if (job !== undefined)
            jobs.add(jobKey(job));
    }
    const kept = [];
    const duplicates = [];
    for (const entry of entries) {
        const step = STEP_LOG.exec(entry.name);
        if (step?.[1] !== undefined && jobs.has(jobKey(step[1])))
            duplicates.push(entry);
        else
            kept.push(entry);
    }
    return { kept, duplicates };
}
const JOB_LOG = /^\d+_([^/]+)\.txt$/;
const STEP_LOG = /^([^/]+)\/\d+_[^/]+\.txt$/;
/** Job names are written with different characters dropped in file and folder names: compare letters and digits. */
function jobKey(name) {
    return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

;// CONCATENATED MODULE: ./packages/core/src/input/zip-entries.ts

/**
 * The entry's name, decoded as the zip says (UTF-8 flag, Info-ZIP Unicode path, else CP437),
 * with backslashes kept so that `entryProblem` can refuse them.
 */
function entryName(entry) {
    const raw = entry.fileNameRaw ?? entry.fileName;
    return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
}
/** True for a folder entry (`dir/`), which holds nothing to read. */
function isFolderEntry(name) {
    return name.endsWith('/');
}
const UNIX_FILE_TYPE_MASK = 0o170000;
const UNIX_SYMLINK = 0o120000;
/**
 * Why an entry must not be read, or undefined when it is safe: names that would escape a
 * folder if extracted (`..`, absolute paths, drive letters, backslashes), control characters in
 * names, symlinks, encryption, and compression methods other than stored/deflate.
 */
function entryProblem(entry, name) {
    const unsafe = unsafeNameReason(name);
    if (unsafe !== undefined)
        return `unsafe name (${unsafe})`;
    if (((entry.externalFileAttributes >>> 16) & UNIX_FILE_TYPE_MASK) === UNIX_SYMLINK)
        return 'a symlink';
    if (entry.isEncrypted())
        return 'encrypted';
    if (!entry.canDecodeFileData())
        return `compression method ${entry.compressionMethod} is not supported`;
    return undefined;
}
function unsafeNameReason(name) {
    if (name.includes('\\'))
        return 'backslash';
    if (name.startsWith('/') || /^[a-zA-Z]:/.test(name))
        return 'absolute path';
    if (name.split('/').includes('..'))
        return "'..' in path";
    if (/[\x00-\x1f\x7f]/.test(name))
        return 'control characters';
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/input/zip.ts







// Names are decoded by `entryName` so that a bad name skips one entry instead of failing the
// whole zip; sizes are checked on the bytes themselves by `capBytes`.
const ZIP_OPTIONS = {
    lazyEntries: true,
    autoClose: false,
    decodeStrings: false,
    validateEntrySizes: false,
    strictFileNames: true,
};
/** Lists the log entries of the zip at `zipPath` (shown to people as `shownZip`). */
async function listZipSources(zipPath, shownZip, options) {
    const notes = [];
    let zip;
    try {
        zip = await yauzl.openPromise(zipPath, ZIP_OPTIONS);
    }
    catch (error) {
        notes.push(`skipped ${shownZip}: not a readable zip (${describeError(error)})`);
        return { sources: [], notes, full: false };
    }
    try {
        const candidates = await listCandidates(zip, shownZip, options, notes);
        const { kept, duplicates } = preferJobLogs(candidates);
        if (duplicates.length > 0) {
            options.logger.debug(`${shownZip}: skipped ${duplicates.length} per-step logs; the job logs beside them hold the same lines`);
        }
        kept.sort((a, b) => compareNames(a.name, b.name));
        return await admit(zipPath, zip, shownZip, kept, options, notes);
    }
    finally {
        zip.close();
    }
}
/** Every entry worth reading by name and kind, up to `maxZipEntries`; notes for the unsafe ones. */
async function listCandidates(zip, shownZip, options, notes) {
    const { maxZipEntries } = options.limits;
    const candidates = [];
    let seen = 0;
    try {
        for await (const entry of zip.eachEntry()) {
            if (++seen > maxZipEntries) {
                notes.push(`${shownZip}: holds ${zip.entryCount} entries; only the first ${maxZipEntries} were read (maxZipEntries)`);
                break;
            }
            const name = entryName(entry);
            const shown = `${shownZip}!${printable(name)}`;
            const problem = entryProblem(entry, name);
            if (problem !== undefined) {
                notes.push(`skipped ${shown}: ${problem}`);
                continue;
            }
            if (isFolderEntry(name))
                continue;
            const kind = classifyName(name);
            if (kind === 'zip')
                notes.push(`skipped ${shown}: zips inside zips are not opened`);
            else if (kind === 'other')
                options.logger.debug(`skipped ${shown} (not a log file)`);
            else
                candidates.push({ entry, name });
        }
    }
    catch (error) {
        notes.push(`${shownZip}: stopped listing entries: ${describeError(error)}`);
    }
    return candidates;
}
/** Applies the size caps and the binary check, in order, and makes the sources. */
async function admit(zipPath, zip, shownZip, candidates, options, notes) {
    const { maxZipEntryBytes, maxZipTotalBytes } = options.limits;
    const sources = [];
    let declaredTotal = 0;
    for (const { entry, name } of candidates) {
        const shown = `${shownZip}!${printable(name)}`;
        const size = entry.uncompressedSize;
        if (size > maxZipEntryBytes) {
            notes.push(`skipped ${shown}: it declares ${size} bytes uncompressed, over the cap of ${maxZipEntryBytes} per entry (maxZipEntryBytes)`);
            continue;
        }
        if (declaredTotal + size > maxZipTotalBytes) {
            notes.push(`${shownZip}: stopped before ${printable(name)}: the entries would pass ${maxZipTotalBytes} bytes uncompressed in total (maxZipTotalBytes)`);
            break;
        }
        if (sources.length >= options.maxSources)
            return { sources, notes, full: true };
        const problem = await sniffEntry(zip, entry);
        if (problem !== undefined) {
            notes.push(`skipped ${shown}: ${problem}`);
            continue;
        }
        declaredTotal += size;
        sources.push(zipEntrySource(zipPath, entry, shown, options.logger));
    }
    return { sources, notes, full: false };
}
/** Why an entry can't be read as text (binary, lying about its size, corrupt), from its first bytes. */
async function sniffEntry(zip, entry) {
    const declared = entry.uncompressedSize;
    let overflow = false;
    const parts = [];
    try {
        const stream = await zip.openReadStreamPromise(entry);
        const limit = Math.min(declared, SNIFF_BYTES);
        for await (const chunk of capBytes(stream, limit, () => (overflow = declared < SNIFF_BYTES)))
            parts.push(chunk);
    }
    catch (error) {
        return `cannot be read (${describeError(error)})`;
    }
    if (overflow)
        return `it inflates to more than the ${declared} bytes it declares (a zip bomb?)`;
    const head = Buffer.concat(parts);
    return sniffContent(head) === 'binary' ? describeBinary(head) : undefined;
}
/** A zip entry as a source; each `open()` reopens the zip and inflates the entry as a stream. */
function zipEntrySource(zipPath, entry, shown, logger) {
    const declared = entry.uncompressedSize;
    return {
        path: shown,
        size: declared,
        async open() {
            const zip = await yauzl.openPromise(zipPath, ZIP_OPTIONS);
            let stream;
            try {
                stream = await zip.openReadStreamPromise(entry);
            }
            finally {
                // The stream keeps the file open until it ends or is destroyed.
                zip.close();
            }
            return capBytes(stream, declared, () => logger.warning(`${shown}: stopped reading after ${declared} bytes: the entry inflates to more than its header declares (a zip bomb?)`));
        },
    };
}
/**
 * Passes at most `cap` bytes of `stream` through, calling `onOverflow` (once) and destroying
 * the stream when there are more. Counts the bytes actually produced, not what a header claims.
 */
async function* capBytes(stream, cap, onOverflow) {
    let passed = 0;
    try {
        for await (const chunk of stream) {
            const room = cap - passed;
            if (chunk.length > room) {
                if (room > 0)
                    yield chunk.subarray(0, room);
                onOverflow();
                return;
            }
            passed += chunk.length;
            yield chunk;
        }
    }
    finally {
        stream.destroy();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/input/source-collector.ts










/**
 * Turns the paths a user gave into log sources, one path at a time, keeping notes on what it
 * skipped. Each real file is read once however many paths lead to it, and collecting stops
 * at `maxFiles` sources with a note.
 */
class SourceCollector {
    cwd;
    limits;
    logger;
    sources = [];
    notes = [];
    /** True once `maxFiles` stopped the collection. */
    full = false;
    seen = new Set();
    reporter;
    constructor(cwd, limits, logger) {
        this.cwd = cwd;
        this.limits = limits;
        this.logger = logger;
        this.reporter = {
            note: (message) => this.note(message),
            debug: (message) => logger.debug(message),
            show: (path) => displayPath(path, cwd),
        };
    }
    /** Adds what one given path (file, folder, glob or zip) holds. */
    async addPath(given) {
        const absolute = (0,external_node_path_namespaceObject.resolve)(this.cwd, given);
        const shown = printable(given);
        let info;
        try {
            info = await (0,promises_namespaceObject.stat)(absolute);
        }
        catch (error) {
            const code = error.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                this.note(`cannot read ${shown}: ${describeFsError(error)}`);
            else if (isGlob(given))
                await this.addGlob(given);
            else
                this.note(`path not found: ${shown}`);
            return;
        }
        if (info.isDirectory()) {
            const wanted = await this.addFiles(walkFolder(absolute, this.reporter), (file) => classifyName(file.path) !== 'other');
            if (wanted === 0) {
                this.note(`no log files in folder ${shown} (read: *.log, *.txt, *.out, *.err, names without extension, zips)`);
            }
        }
        else if (info.isFile()) {
            await this.addFiles([[{ path: absolute, realPath: await (0,promises_namespaceObject.realpath)(absolute) }]], () => true);
        }
        else {
            this.note(`skipped ${shown}: not a regular file or folder`);
        }
    }
    async addGlob(pattern) {
        // `logs/*.json` names its extension, so it gets JSON; `logs/**` gets logs only, like a folder.
        const named = extensionOf(pattern.split(/[\\/]/).pop() ?? '');
        const wanted = (file) => classifyName(file.path) !== 'other' || (named !== '' && extensionOf(file.path) === named);
        const matched = await this.addFiles(expandGlob(pattern, this.cwd, this.reporter), wanted);
        if (matched === 0)
            this.note(`no log files match ${printable(pattern)}`);
    }
    /** Admits the wanted files in order, until `maxFiles`; returns how many were wanted. */
    async addFiles(batches, wanted) {
        let count = 0;
        for await (const batch of batches) {
            for (const file of batch) {
                if (!wanted(file)) {
                    this.logger.debug(`skipped ${this.reporter.show(file.path)} (not a log file)`);
                    continue;
                }
                count++;
                if (this.seen.has(file.realPath)) {
                    this.logger.debug(`skipped ${this.reporter.show(file.path)}: already read through another path`);
                    continue;
                }
                if (this.sources.length >= this.limits.maxFiles) {
                    this.stopAtCap();
                    return count;
                }
                this.seen.add(file.realPath);
                await this.admit(file);
                if (this.full)
                    return count;
            }
        }
        return count;
    }
    async admit(file) {
        const shown = this.reporter.show(file.path);
        let size;
        let head;
        try {
            ({ size, head } = readFileHead(file.path));
        }
        catch (error) {
            this.note(`cannot read ${shown}: ${describeFsError(error)}`);
            return;
        }
        if (classifyName(file.path) === 'zip' || looksLikeZip(head)) {
            const listing = await listZipSources(file.path, shown, {
                limits: this.limits,
                maxSources: this.limits.maxFiles - this.sources.length,
                logger: this.logger,
            });
            this.sources.push(...listing.sources);
            for (const note of listing.notes)
                this.note(note);
            if (listing.full)
                this.stopAtCap();
            return;
        }
        const kind = sniffContent(head);
        if (kind === 'binary') {
            this.note(`skipped ${shown}: ${describeBinary(head)}`);
            return;
        }
        if (kind === 'empty')
            this.logger.debug(`${shown} is empty; kept (its status will be unknown)`);
        this.sources.push(fileSource(file.path, shown, size));
    }
    stopAtCap() {
        if (this.full)
            return;
        this.full = true;
        this.note(`stopped at ${this.limits.maxFiles} log files (maxFiles); the rest were not read`);
    }
    note(message) {
        this.notes.push(message);
        this.logger.debug(message);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/input/source.ts
const DEFAULT_INPUT_LIMITS = {
    maxFiles: 20_000,
    maxZipEntries: 5_000,
    maxZipTotalBytes: 2 * 1024 ** 3,
    maxZipEntryBytes: 1024 ** 3,
    maxLineChars: 64 * 1024,
};

;// CONCATENATED MODULE: ./packages/core/src/input/discover.ts






/**
 * Finds the logs behind the paths a user gave, in the order given. Each path may be:
 * - a file: read whatever its name, unless binary (NUL bytes in its first 8 KiB without a
 *   UTF-16 byte-order mark), which is skipped with a note. Empty files are kept: the analysis
 *   reads no line from them and calls them `unknown`, so an empty log is reported, not lost;
 * - a folder: walked recursively in a fixed order; logs are `*.log`, `*.txt`, `*.out`, `*.err`,
 *   rotated logs and names without an extension; metadata (`*.json`, `*.yml`, `*.xml`, images, …),
 *   hidden entries and `node_modules` are skipped with a debug line; symlinks are followed only
 *   inside the folder;
 * - a glob (`logs/**\/*.log`), resolved against `cwd`, filtered like a folder unless the pattern
 *   names the extension;
 * - a zip (by name or by content): its entries become sources `archive.zip!entry` (see `zip.ts`).
 * A missing path gives the note `path not found: X` and the rest goes on. Collection stops at
 * `maxFiles` sources with a note.
 * @throws ConfigurationError when nothing readable was found at all.
 */
async function discoverSources(paths, options = {}) {
    const cwd = (0,external_node_path_namespaceObject.resolve)(options.cwd ?? process.cwd());
    const limits = { ...DEFAULT_INPUT_LIMITS, ...options.limits };
    const collector = new SourceCollector(cwd, limits, options.logger ?? silentLogger);
    const given = paths.map((path) => path.trim()).filter((path) => path !== '');
    for (const path of given) {
        if (collector.full)
            break;
        await collector.addPath(path);
    }
    if (collector.sources.length === 0)
        throw new ConfigurationError(nothingReadable(given, collector.notes));
    return { sources: collector.sources, notes: collector.notes };
}
/** One line: what was given, what is wrong with it, what to do. */
function nothingReadable(given, notes) {
    if (given.length === 0)
        return 'No log path was given: name log files, folders of logs, globs or run-log zips to analyse.';
    const shownGiven = given.slice(0, 5).map(printable).join(', ') + (given.length > 5 ? `, … (${given.length} paths)` : '');
    const why = notes.slice(0, 3).join('; ') + (notes.length > 3 ? `; and ${notes.length - 3} more` : '');
    return `No readable log in ${shownGiven}: ${why || 'nothing to read'}. Give log files, folders of logs, globs or run-log zips that exist and hold text.`;
}

;// CONCATENATED MODULE: ./packages/core/src/patterns/mask.ts
/**
 * Masks the variable parts of a log line (timestamps, ids, addresses, paths, numbers…) with
 * typed placeholders so that lines saying the same thing look the same.
 *
 * Placeholders: `<URL>`, `<EMAIL>`, `<UUID>`, `<TS>` (dates, times, timestamps), `<IP>` (IPv4 or
 * IPv6, with its port), `<HOST>` (`name.domain:port`; `File.java:42` is not one), `<PATH>` (unix, relative with an extension or two slashes, Windows, UNC),
 * `<HEX>` (`0x…`, long hex ids such as git SHAs), `<DUR>` (`12ms`, `3.5s`, `1m30s`, `2 seconds`),
 * `<SIZE>` (`12MB`, `1.5 GiB`, `300 bytes`), `<NUM>` (integers, decimals, negatives, versions such as
 * `v1.2.3`; `50%` and `3k` keep their suffix: `<NUM>%`).
 * Quoted strings are left alone: the template miner decides whether they vary.
 */
/** The placeholders `maskVariables` writes. */
const PLACEHOLDERS = (/* unused pure expression or super */ null && (['<URL>', '<EMAIL>', '<UUID>', '<TS>', '<IP>', '<HOST>', '<PATH>', '<HEX>', '<DUR>', '<SIZE>', '<NUM>']));
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?';
const TIME = '\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?';
const ZONE = '(?:\\s*(?:Z|UTC|GMT|[+-]\\d{2}:?\\d{2}))?';
const DURATION_WORD = '(?:nanoseconds?|microseconds?|milliseconds?|millis|msecs?|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?)';
const DURATION_UNIT = '(?:ns|us|µs|ms|s|m|h|d)';
const SIZE_UNIT = '(?:[KMGTP]i?B|[kmgt]b|B|bytes?)';
/** Ordered: earlier rules see the raw text, later ones only what earlier ones left. */
const RULES = [
    {
        pattern: /(?<![\w+.-])[a-z][a-z0-9+.-]*:\/\/[^\s"'<>()[\]{}`]+/gi,
        placeholder: '<URL>',
        needsDigit: false,
        needsText: '://',
    },
    {
        pattern: /(?<![\w.+-])[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/gi,
        placeholder: '<EMAIL>',
        needsDigit: false,
        needsText: '@',
    },
    {
        pattern: /\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b/g,
        placeholder: '<UUID>',
        needsDigit: true,
        needsText: '-',
    },
    // 2024-05-06T09:50:14.120Z, 2024-05-06 09:50:14,120 +0200, 2024-05-06, 2024/05/06
    {
        pattern: new RegExp(`\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]${TIME}${ZONE})?(?![\\w:])|\\b\\d{4}/\\d{1,2}/\\d{1,2}(?:[T ]${TIME})?\\b`, 'g'),
        placeholder: '<TS>',
        needsDigit: true,
    },
    // Sun Jul 24 02:38:22 2005, Jul 24 02:38:22, Mon, 06 May 2024 09:50:14 GMT, 06-May-2024
    {
        pattern: new RegExp(`\\b(?:${WEEKDAY}\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?\\s+${TIME}(?:\\s+\\d{4})?|\\d{1,2}[\\s-]${MONTH}[\\s-]\\d{4}(?:[\\s:]${TIME})?)${ZONE}\\b`, 'g'),
        placeholder: '<TS>',
        needsDigit: true,
    },
    // 12/31/2024, 31.12.2024 and a bare time of day 09:50:14(.123)
    {
        pattern: /\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b|(?<![\w:.])\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?(?![\w:])/g,
        placeholder: '<TS>',
        needsDigit: true,
    },
    // IPv4 with an optional port; IPv6 (checked below) with an optional [..]:port
    { pattern: /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?(?![\w.])/g, placeholder: '<IP>', needsDigit: true },
    {
        pattern: /\[(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{0,4}\](?::\d{1,5})?|(?<![\w:.])(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{0,4}(?![\w:.])/g,
        placeholder: '<IP>',
        needsDigit: false,
        needsText: ':',
        accept: isIpv6,
    },
    {
        pattern: /(?<![\w.@/-])[a-zA-Z0-9][\w-]*(?:\.[a-zA-Z0-9][\w-]*)+:\d{1,5}(?![\w.:])/g,
        placeholder: '<HOST>',
        needsDigit: true,
        needsText: ':',
        accept: isHostAndPort,
    },
    { pattern: /(?<![\w\\])(?:[a-z]:\\|\\\\[\w.$-]+\\)[^\s"'<>|*?:]*/gi, placeholder: '<PATH>', needsDigit: false, needsText: '\\' },
    {
        pattern: /(?<![\w.@/<>-])(?:~|\.{1,2})?(?:\/[\w.@%+~-]+)+\/?|(?<![\w.@/<>-])(?:[\w.-]+\/){2,}[\w.@%+~-]*|(?<![\w.@/<>-])[\w.-]+\/[\w.-]*\.[a-z]\w{0,7}\b/gi,
        placeholder: '<PATH>',
        needsDigit: false,
        needsText: '/',
    },
    { pattern: /\b(?:0[xX][0-9a-fA-F]+|[0-9a-fA-F]{7,})\b/g, placeholder: '<HEX>', needsDigit: true, accept: isHex },
    {
        pattern: new RegExp(`(?<![\\w.])(?:\\d+(?:\\.\\d+)?${DURATION_UNIT}){2,}\\b|(?<![\\w.])\\d+(?:\\.\\d+)?(?:${DURATION_UNIT}|\\s?${DURATION_WORD})\\b`, 'g'),
        placeholder: '<DUR>',
        needsDigit: true,
    },
    {
        pattern: new RegExp(`(?<![\\w.])\\d+(?:\\.\\d+)?\\s?${SIZE_UNIT}\\b`, 'g'),
        placeholder: '<SIZE>',
        needsDigit: true,
    },
    { pattern: /(?<![\w.])v\d+(?:\.\d+)*\b/g, placeholder: '<NUM>', needsDigit: true },
    {
        pattern: new RegExp(`(?<![A-Za-z0-9])-?\\d+(?:\\.\\d+)*(?:e[-+]?\\d+)?(?=(?:[kKMG]|%)?(?![A-Za-z0-9]))`, 'g'),
        placeholder: '<NUM>',
        needsDigit: true,
    },
];
const IPV6_SHAPE = /^(?:[0-9a-f]{0,4}:)+[0-9a-f]{0,4}$/i;
/** True when a `…:…:…` match is an IPv6 address rather than, say, `a::b` or `::`. */
function isIpv6(match) {
    const address = match.startsWith('[') ? match.slice(1, match.indexOf(']')) : match;
    if (!IPV6_SHAPE.test(address))
        return false;
    const groups = address.split(':');
    const empties = groups.filter((g) => g === '').length;
    // A full address has 8 groups; `::` compresses runs of zero groups (once).
    if (groups.length === 8 && empties === 0)
        return true;
    return address.includes('::') && address.indexOf('::') === address.lastIndexOf('::') && /\d/.test(address) && groups.length >= 3;
}
/** Source files cited as `File.java:42` look like `host:port`; they are not addresses. */
const SOURCE_EXTENSION = /\.(?:java|kt|kts|scala|groovy|py|js|mjs|cjs|jsx|ts|mts|cts|tsx|go|rs|c|cc|cpp|cxx|h|hpp|rb|cs|php|swift|m|mm|ex|exs|erl|hs|lua|pl|sh|ya?ml|json|xml|gradle|vue|svelte|dart|fs|vb)$/i;
/** True when a `name.name:port` match names a host, not a source file and line. */
function isHostAndPort(match) {
    return !SOURCE_EXTENSION.test(match.slice(0, match.lastIndexOf(':')));
}
const HEX_LETTER = /[a-f]/i;
/** `0x…`, or a long run of hex digits holding both a digit and a letter (a SHA, not a word or a number). */
function isHex(match) {
    return match[1] === 'x' || match[1] === 'X' || (HAS_DIGIT.test(match) && HEX_LETTER.test(match));
}
const HAS_DIGIT = /\d/;
/**
 * Returns `text` with its variable parts replaced by typed placeholders (see the module
 * comment). Linear in the length of the line; safe on any untrusted text.
 */
function maskVariables(text) {
    const hasDigit = HAS_DIGIT.test(text);
    let masked = text;
    for (const rule of RULES) {
        if ((rule.needsDigit && !hasDigit) || (rule.needsText !== undefined && !masked.includes(rule.needsText)))
            continue;
        const { accept, placeholder } = rule;
        masked = accept
            ? masked.replace(rule.pattern, (m) => (accept(m) ? placeholder : m))
            : masked.replace(rule.pattern, placeholder);
    }
    return masked;
}

;// CONCATENATED MODULE: ./packages/core/src/patterns/miner.ts
/**
 * An online log template miner in the spirit of Drain (He et al., ICWS 2017): lines are routed
 * through a fixed-depth prefix tree (token count, then the first few tokens) to a small set of
 * candidate clusters; a line joins the most similar candidate when enough positions agree,
 * and positions that disagree become the wildcard `<*>`; otherwise it starts a cluster.
 *
 * Feed it lines whose variables are already masked (`maskVariables`): masking does most of the
 * work, the miner finds what varies beyond that.
 */
/** The token that stands for a position whose value varies between lines of a cluster. */
const WILDCARD = '<*>';
const DEFAULTS = {
    similarity: 0.75,
    prefixTokens: 2,
    maxChildren: 100,
    maxClusters: 10_000,
    maxTokens: 128,
};
const DIGIT = /\d/;
/** Holds a placeholder written by `maskVariables` (`<NUM>`, `<IP>`…) or the wildcard. */
const PLACEHOLDER = /<[A-Z*]+>/;
/** True for tokens that are probably variable: a digit or a placeholder in them (Drain's rule). */
function looksVariable(token) {
    return DIGIT.test(token) || PLACEHOLDER.test(token);
}
/** Tokens that look variable route through the wildcard child. */
function routingKey(token) {
    return looksVariable(token) ? WILDCARD : token;
}
/** A token made only of placeholders and punctuation: `<NUM>`, `(<SIZE>)`, `<IP>,<IP>`. */
const VARIABLE_ONLY = /^[^\p{L}\p{N}<]*(?:<[A-Z*]+>[^\p{L}\p{N}<]*)+$/u;
/**
 * Splits a line into whitespace-separated tokens, capped at `maxTokens`. A run of tokens that
 * hold only placeholders and punctuation becomes one token (`<SIZE> (<SIZE>)`), so a message
 * whose variable part spans a varying number of words keeps one length.
 */
function tokenize(text, maxTokens) {
    const tokens = [];
    let previousVariable = false;
    for (const token of text.split(/\s+/)) {
        if (token.length === 0)
            continue;
        const variable = VARIABLE_ONLY.test(token);
        if (variable && previousVariable)
            tokens[tokens.length - 1] += ` ${token}`;
        else
            tokens.push(token);
        previousVariable = variable;
    }
    if (tokens.length <= maxTokens)
        return tokens;
    const kept = tokens.slice(0, maxTokens - 1);
    kept.push(WILDCARD);
    return kept;
}
/** Online Drain-style template miner with bounded memory (see `MinerOptions.maxClusters`). */
class TemplateMiner {
    options;
    root = { children: new Map(), clusters: [] };
    clusters = [];
    overflow;
    mergedCache;
    constructor(options = {}) {
        this.options = { ...DEFAULTS, ...options };
    }
    /** Assigns `text` to a cluster (creating one if none is similar enough) and returns its id. */
    add(text) {
        this.mergedCache = undefined;
        const tokens = tokenize(text, this.options.maxTokens);
        const leaf = this.leafFor(tokens);
        const best = this.bestMatch(leaf.clusters, tokens);
        if (best && (best.similarity >= this.options.similarity || this.isFull())) {
            mergeInto(best.cluster, tokens);
            return best.cluster.id;
        }
        if (this.isFull())
            return this.overflowCluster().id;
        const cluster = { id: this.clusters.length, tokens, count: 1 };
        this.clusters.push(cluster);
        leaf.clusters.push(cluster);
        return cluster.id;
    }
    /**
     * The id of the template that cluster `id` belongs to now. Clusters whose templates keep the
     * same constant tokens in the same order (they differ only in variable-looking tokens, even
     * in number: `sent <SIZE>` and `sent <SIZE> (<SIZE>)`) form one template, named by the
     * largest cluster's id. Templates generalise as lines arrive, so ask after adding.
     */
    templateId(id) {
        const cluster = this.cluster(id);
        if (cluster === this.overflow)
            return id;
        return this.merged().get(skeleton(cluster.tokens)).id;
    }
    /** The current template text of cluster `id` (see `templateId`). */
    template(id) {
        return this.cluster(this.templateId(id)).tokens.join(' ');
    }
    /** True when `id` is the overflow cluster, which holds lines that came past `maxClusters`. */
    isOverflow(id) {
        return id === this.overflow?.id;
    }
    /** Every template with the lines it holds, in order of first appearance. */
    templates() {
        const counts = new Map();
        const merged = this.merged();
        for (const cluster of this.clusters) {
            const head = merged.get(skeleton(cluster.tokens));
            counts.set(head.id, (counts.get(head.id) ?? 0) + cluster.count);
        }
        if (this.overflow)
            counts.set(this.overflow.id, this.overflow.count);
        return [...counts].map(([id, count]) => ({ id, template: this.cluster(id).tokens.join(' '), count }));
    }
    cluster(id) {
        const cluster = id === this.overflow?.id ? this.overflow : this.clusters[id];
        if (!cluster)
            throw new RangeError(`no cluster ${id}`);
        return cluster;
    }
    /** Skeleton → the largest cluster with that skeleton (cached until the next `add`; the overflow cluster stays apart). */
    merged() {
        if (this.mergedCache)
            return this.mergedCache;
        const heads = new Map();
        for (const cluster of this.clusters) {
            const key = skeleton(cluster.tokens);
            const head = heads.get(key);
            if (!head || cluster.count > head.count)
                heads.set(key, cluster);
        }
        this.mergedCache = heads;
        return heads;
    }
    isFull() {
        return this.clusters.length >= this.options.maxClusters;
    }
    overflowCluster() {
        this.overflow ??= { id: this.options.maxClusters, tokens: [WILDCARD], count: 0 };
        this.overflow.count++;
        return this.overflow;
    }
    /** Walks (creating as needed) token count → first `prefixTokens` routing keys. */
    leafFor(tokens) {
        let node = this.child(this.root, String(tokens.length));
        const depth = Math.min(this.options.prefixTokens, tokens.length);
        for (let i = 0; i < depth; i++) {
            node = this.child(node, routingKey(tokens[i]));
        }
        return node;
    }
    child(node, key) {
        let next = node.children.get(key);
        if (next)
            return next;
        const full = node.children.size >= this.options.maxChildren;
        const actualKey = full ? WILDCARD : key;
        next = node.children.get(actualKey);
        if (!next) {
            next = { children: new Map(), clusters: [] };
            node.children.set(actualKey, next);
        }
        return next;
    }
    /** The most similar cluster: most equal constant positions, then most wildcards. */
    bestMatch(candidates, tokens) {
        let best;
        let bestSimilarity = -1;
        let bestWildcards = -1;
        for (const cluster of candidates) {
            let equal = 0;
            let wildcards = 0;
            const template = cluster.tokens;
            for (let i = 0; i < template.length; i++) {
                const t = template[i];
                if (t === WILDCARD)
                    wildcards++;
                else if (fits(t, tokens[i]))
                    equal++;
            }
            const similarity = template.length === 0 ? 1 : equal / template.length;
            if (similarity > bestSimilarity || (similarity === bestSimilarity && wildcards > bestWildcards)) {
                best = cluster;
                bestSimilarity = similarity;
                bestWildcards = wildcards;
            }
        }
        return best && { cluster: best, similarity: bestSimilarity };
    }
}
/** Digit runs and placeholders, for `skeleton`. */
const VARIABLE_PART = /<[A-Z*]+>|\d+/g;
const LETTER = /\p{L}/u;
/**
 * What a template says once its variables are gone: each token with its digits and
 * placeholders replaced by `*`, dropping tokens left with no letter (`(<SIZE>)`, `<*>`).
 */
function skeleton(tokens) {
    const kept = [];
    for (const token of tokens) {
        const constant = token.replace(VARIABLE_PART, '*');
        if (constant === token || LETTER.test(constant))
            kept.push(constant);
    }
    return kept.join(' ');
}
/** `key=` or `key:` at the start of a token, the part kept when its value varies. */
const KEY_PREFIX = /^[\p{L}_][\p{L}\p{N}_.-]*[=:]/u;
/** The key prefix two tokens share (`rhost=`), or undefined. */
function sharedKey(a, b) {
    const key = KEY_PREFIX.exec(a)?.[0];
    return key !== undefined && b.startsWith(key) ? key : undefined;
}
/** True when line token `token` fits template token `slot` (equal, or `key=<*>` and `key=…`). */
function fits(slot, token) {
    if (slot === token)
        return true;
    return token !== undefined && slot.endsWith(WILDCARD) && slot.length > WILDCARD.length && token.startsWith(slot.slice(0, -WILDCARD.length));
}
/** Counts the line in and generalises the positions where it differs (`<*>`, or `key=<*>`). */
function mergeInto(cluster, tokens) {
    cluster.count++;
    const template = cluster.tokens;
    for (let i = 0; i < template.length; i++) {
        const slot = template[i];
        const token = tokens[i];
        if (slot === WILDCARD || fits(slot, token))
            continue;
        const key = sharedKey(slot, token);
        template[i] = key === undefined ? WILDCARD : `${key}${WILDCARD}`;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/patterns/patterns.ts


/** Most keys remembered for `PatternLine.key`; past it lines are mined as usual. */
const KEY_CACHE_CAP = 100_000;
/** Distinct files and runs tracked per cluster for ranking; spread saturates there. */
const SPREAD_CAP = 1000;
/**
 * Collects error-ish lines and reports the patterns they form.
 *
 * Ranking: patterns are ordered by spread first, then by count. Spread is the number of
 * distinct sources a pattern appears in, a source being a run where the line's run id is known
 * and a file otherwise; ties go to the pattern in more files, then to the higher count, then
 * to the one seen first. So an error that recurs across three runs ranks above one repeated
 * 500 times in a single file (a loop printing the same error is one failure, not 500).
 *
 * Memory is bounded: the miner caps clusters (lines past its cap are counted in
 * `droppedLines`, not reported), each cluster keeps a few examples and caps the files and runs
 * it tracks.
 */
class PatternCollector {
    miner;
    stats = new Map();
    classify;
    minCount;
    maxExamples;
    maxFiles;
    maxRuns;
    maxTextLength;
    seen = 0;
    dropped = 0;
    clusterByKey = new Map();
    constructor(options = {}) {
        this.miner = new TemplateMiner(options.miner);
        this.classify = options.classify ?? (() => 'unknown');
        this.minCount = options.minCount ?? 2;
        this.maxExamples = options.maxExamples ?? 3;
        this.maxFiles = options.maxFiles ?? 10;
        this.maxRuns = options.maxRuns ?? 20;
        this.maxTextLength = options.maxTextLength ?? 1000;
    }
    /** Lines that came after the miner's cluster cap and matched no cluster: not in any pattern. */
    get droppedLines() {
        return this.dropped;
    }
    /** Feeds one error-ish line. */
    add(line) {
        const text = line.text.length > this.maxTextLength ? line.text.slice(0, this.maxTextLength) : line.text;
        let id = line.key === undefined ? undefined : this.clusterByKey.get(line.key);
        if (id === undefined) {
            id = this.miner.add(maskVariables(text.trim()));
            if (line.key !== undefined && this.clusterByKey.size < KEY_CACHE_CAP)
                this.clusterByKey.set(line.key, id);
        }
        if (this.miner.isOverflow(id)) {
            this.dropped++;
            return;
        }
        let stats = this.stats.get(id);
        if (!stats) {
            stats = { count: 0, firstSeen: this.seen, examples: [], files: new Map(), runs: new Set(), sources: new Set() };
            this.stats.set(id, stats);
        }
        this.seen++;
        stats.count++;
        if (stats.examples.length < this.maxExamples)
            stats.examples.push({ line: line.line, text: text.trim() });
        if (!stats.files.has(line.path) && stats.files.size < SPREAD_CAP)
            stats.files.set(line.path, line.line);
        if (line.runId !== undefined && stats.runs.size < SPREAD_CAP)
            stats.runs.add(line.runId);
        const source = line.runId !== undefined ? `run:${line.runId}` : `file:${line.path}`;
        if (stats.sources.size < SPREAD_CAP)
            stats.sources.add(source);
    }
    /** The `limit` highest-ranked patterns seen at least `minCount` times (see the class comment). */
    result(limit) {
        const merged = this.mergeByTemplate();
        const ranked = [...merged.entries()]
            .filter(([, s]) => s.count >= this.minCount)
            .sort(([, a], [, b]) => b.sources.size - a.sources.size || b.files.size - a.files.size || b.count - a.count || a.firstSeen - b.firstSeen)
            .slice(0, Math.max(0, limit));
        return ranked.map(([templateId, s]) => this.toPattern(templateId, s));
    }
    /** Clusters the miner now counts as one template, with their statistics combined. */
    mergeByTemplate() {
        const merged = new Map();
        const ordered = [...this.stats.entries()].sort(([, a], [, b]) => a.firstSeen - b.firstSeen);
        for (const [id, s] of ordered) {
            const templateId = this.miner.templateId(id);
            const into = merged.get(templateId);
            if (!into) {
                merged.set(templateId, { ...s, examples: [...s.examples], files: new Map(s.files), runs: new Set(s.runs), sources: new Set(s.sources) });
                continue;
            }
            into.count += s.count;
            into.examples.push(...s.examples.slice(0, this.maxExamples - into.examples.length));
            for (const [path, line] of s.files) {
                const known = into.files.get(path);
                if (known !== undefined)
                    into.files.set(path, Math.min(known, line));
                else if (into.files.size < SPREAD_CAP)
                    into.files.set(path, line);
            }
            for (const run of s.runs)
                if (into.runs.size < SPREAD_CAP)
                    into.runs.add(run);
            for (const source of s.sources)
                if (into.sources.size < SPREAD_CAP)
                    into.sources.add(source);
        }
        return merged;
    }
    toPattern(templateId, s) {
        const files = [...s.files].slice(0, this.maxFiles).map(([path, line]) => ({ path, line }));
        const runs = [...s.runs].sort((a, b) => a - b).slice(0, this.maxRuns);
        const first = s.examples[0]?.text ?? '';
        return {
            template: this.miner.template(templateId),
            count: s.count,
            examples: s.examples,
            files,
            runs,
            fileCount: s.files.size,
            runCount: s.runs.size,
            category: this.classify(first),
        };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/report/model.ts
/**
 * The analysis report: what the JSON report holds (schema: `packages/core/schema/report.schema.json`),
 * what the Markdown summary, annotations, CLI and outputs are rendered from.
 * Line numbers are always 1-based lines of the raw file as stored on disk.
 */
const REPORT_VERSION = 1;
const CATEGORIES = [
    'test-assertion',
    'compilation',
    'lint-format',
    'dependency',
    'network',
    'rate-limit',
    'timeout',
    'out-of-memory',
    'disk-full',
    'crash',
    'deadlock',
    'race-condition',
    'permission-auth',
    'missing-config',
    'infrastructure',
    'unknown',
];

;// CONCATENATED MODULE: ./packages/core/src/runs/collect-manifest.ts
/**
 * Reads what prodfix collect-logs' `manifest.json` says about baselines: the folders of the
 * baseline (last successful) runs and the files it marks `baseline: true`. The manifest is
 * untrusted JSON like any other: only string paths are kept.
 */
const MAX_ENTRIES = 100_000;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** True for a collect-logs manifest (`tool.name` is `prodfix-collect`, with `runs` and `files` lists). */
function isCollectManifest(value) {
    return isObject(value) && isObject(value.tool) && value.tool.name === 'prodfix-collect' && Array.isArray(value.runs) && Array.isArray(value.files);
}
/**
 * The baseline paths a manifest lists, relative to its folder and `/`-separated: run folders
 * end with `/` (everything under them is baseline), files do not. Undefined when the value is
 * not a collect-logs manifest.
 */
function baselinePathsOf(value) {
    if (!isCollectManifest(value))
        return undefined;
    const paths = [];
    for (const run of value.runs.slice(0, MAX_ENTRIES)) {
        if (isObject(run) && run.baseline === true && typeof run.dir === 'string' && run.dir !== '')
            paths.push(`${run.dir.replace(/\/+$/, '')}/`);
    }
    for (const file of value.files.slice(0, MAX_ENTRIES)) {
        if (isObject(file) && file.baseline === true && typeof file.path === 'string' && file.path !== '')
            paths.push(file.path);
    }
    return paths;
}
/** True when `relativePath` (`/`-separated, relative to the manifest's folder) is one of the baseline paths or lies under one. */
function isBaselinePath(relativePath, baselinePaths) {
    return baselinePaths.some((entry) => (entry.endsWith('/') ? relativePath.startsWith(entry) : relativePath === entry));
}

;// CONCATENATED MODULE: ./packages/core/src/runs/github-objects.ts
/**
 * Recognises GitHub "workflow run" and "workflow job" API objects in parsed JSON and keeps the
 * few fields prodfix reasons with. The JSON is untrusted: every field is type-checked, strings
 * are capped and stripped of control characters, and anything else is ignored.
 */
const MAX_TEXT = 500;
/** Most list entries looked at in one JSON value (GitHub pages hold at most 100; a run at most 256 jobs). */
const MAX_LIST_ENTRIES = 10_000;
const SHA = /^[0-9a-f]{7,64}$/i;
const REPOSITORY_IN_URL = /^https?:\/\/[^/]+\/(?:repos\/)?([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/actions\//;
function github_objects_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function positiveInteger(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}
/** A one-line, capped string, or undefined when the value is not a non-empty string. */
function github_objects_text(value) {
    if (typeof value !== 'string')
        return undefined;
    const clean = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, MAX_TEXT);
    return clean === '' ? undefined : clean;
}
function sha(value) {
    return typeof value === 'string' && SHA.test(value) ? value.toLowerCase() : undefined;
}
/** `owner/name` from an API or web URL of a run or job (`…/repos/o/n/actions/…`, `https://github.com/o/n/actions/…`). */
function repositoryFromUrl(url) {
    if (typeof url !== 'string' || url.length > 2_000)
        return undefined;
    return REPOSITORY_IN_URL.exec(url)?.[1];
}
/** True for the shape of a workflow run: `id`, `run_number` or `run_attempt`, `head_sha`, `name` or `path`, and no `run_id`. */
function isRunObject(value) {
    return (github_objects_isObject(value) &&
        positiveInteger(value.id) !== undefined &&
        (positiveInteger(value.run_number) !== undefined || positiveInteger(value.run_attempt) !== undefined) &&
        typeof value.head_sha === 'string' &&
        (typeof value.name === 'string' || typeof value.path === 'string') &&
        !('run_id' in value));
}
/** True for the shape of a workflow job: `id`, `run_id`, `name`, `conclusion` (possibly null) and `steps`. */
function isJobObject(value) {
    return (github_objects_isObject(value) &&
        positiveInteger(value.id) !== undefined &&
        positiveInteger(value.run_id) !== undefined &&
        typeof value.name === 'string' &&
        'conclusion' in value &&
        Array.isArray(value.steps));
}
function toRunRecord(value) {
    const repository = github_objects_isObject(value.repository) ? github_objects_text(value.repository.full_name) : undefined;
    return {
        id: value.id,
        attempt: positiveInteger(value.run_attempt),
        runNumber: positiveInteger(value.run_number),
        workflow: github_objects_text(value.name),
        workflowPath: github_objects_text(value.path),
        event: github_objects_text(value.event),
        branch: github_objects_text(value.head_branch),
        headSha: sha(value.head_sha),
        repository: repository ?? repositoryFromUrl(value.url) ?? repositoryFromUrl(value.html_url),
        htmlUrl: github_objects_text(value.html_url),
        status: github_objects_text(value.status),
        conclusion: github_objects_text(value.conclusion),
        createdAt: github_objects_text(value.run_started_at) ?? github_objects_text(value.created_at),
    };
}
function toStepRecords(steps) {
    const records = [];
    for (const step of steps.slice(0, MAX_LIST_ENTRIES)) {
        if (!github_objects_isObject(step))
            continue;
        const name = github_objects_text(step.name);
        if (name === undefined)
            continue;
        records.push({ number: positiveInteger(step.number), name, conclusion: github_objects_text(step.conclusion) });
    }
    return records;
}
function toJobRecord(value) {
    return {
        id: value.id,
        runId: value.run_id,
        runAttempt: positiveInteger(value.run_attempt),
        name: github_objects_text(value.name) ?? '',
        workflow: github_objects_text(value.workflow_name),
        branch: github_objects_text(value.head_branch),
        headSha: sha(value.head_sha),
        repository: repositoryFromUrl(value.run_url) ?? repositoryFromUrl(value.html_url),
        htmlUrl: github_objects_text(value.html_url),
        status: github_objects_text(value.status),
        conclusion: github_objects_text(value.conclusion),
        startedAt: github_objects_text(value.started_at) ?? github_objects_text(value.created_at),
        steps: toStepRecords(value.steps),
    };
}
/**
 * Finds the run and job objects in one parsed JSON value: a run object, a job object, a
 * "list jobs" response (`{ jobs: [...] }`), a "list workflow runs" response
 * (`{ workflow_runs: [...] }`) or a bare array of either. Anything else yields nothing.
 */
function recogniseObjects(value) {
    const found = { runs: [], jobs: [] };
    const consider = (item) => {
        if (isJobObject(item))
            found.jobs.push(toJobRecord(item));
        else if (isRunObject(item))
            found.runs.push(toRunRecord(item));
    };
    let list;
    if (Array.isArray(value))
        list = value;
    else if (github_objects_isObject(value) && Array.isArray(value.jobs))
        list = value.jobs;
    else if (github_objects_isObject(value) && Array.isArray(value.workflow_runs))
        list = value.workflow_runs;
    if (list)
        for (const item of list.slice(0, MAX_LIST_ENTRIES))
            consider(item);
    else
        consider(value);
    return found;
}

;// CONCATENATED MODULE: ./packages/core/src/runs/job-match.ts

const RUN_LOG_ENTRY_PREFIX = /^\d+_/;
const LONG_NUMBER = /\d{6,}/g;
/**
 * Letters and digits only, lower-cased, so that a job name and the slugs collectors make of it
 * compare equal: `test (22.x)`, `test--22-x-` and `Test_22_x` all give `test22x`.
 */
function nameKey(name) {
    return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
/**
 * The names a log is known by: its file stem, the stem without the `N_` prefix of run-log zip
 * entries (`1_build.txt`), and the names of the folders holding it (its own folder on disk,
 * and the folders inside a zip).
 */
function logNames(fileName, folderNames) {
    const fileStem = external_node_path_default().basename(fileName, external_node_path_default().extname(fileName));
    const names = [fileStem, fileStem.replace(RUN_LOG_ENTRY_PREFIX, ''), ...folderNames];
    const keys = new Set(names.map(nameKey).filter((key) => key !== ''));
    const numbers = new Set();
    for (const name of names) {
        for (const match of name.matchAll(LONG_NUMBER)) {
            const value = Number(match[0]);
            if (Number.isSafeInteger(value))
                numbers.add(value);
        }
    }
    return { fileStem, keys, numbers };
}
/** The jobs of a folder whose name or id matches one of the log's names. */
function jobsNamedBy(folder, names) {
    const matches = new Set();
    for (const key of names.keys)
        for (const job of folder.jobsByNameKey.get(key) ?? [])
            matches.add(job);
    for (const id of names.numbers) {
        const job = folder.jobsById.get(id);
        if (job)
            matches.add(job);
    }
    return [...matches];
}
/** Of several matching jobs (the same job in several attempts), the latest attempt; ties by highest id. */
function latestJob(jobs) {
    let best;
    for (const job of jobs) {
        if (!best || (job.runAttempt ?? 0) > (best.runAttempt ?? 0) || ((job.runAttempt ?? 0) === (best.runAttempt ?? 0) && job.id > best.id)) {
            best = job;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./packages/core/src/runs/folder-objects.ts






const DEFAULT_FOLDER_READ_LIMITS = {
    maxJsonBytes: 16 * 1024 * 1024,
    maxJsonFiles: 20_000,
};
/**
 * Reads the `*.json` files of folders once each and remembers what they hold, so that thousands
 * of logs sharing a few folders cost one read per folder. Links are not followed; files that are
 * too big, unreadable or not JSON are skipped with a debug line. Reads are synchronous: for
 * many small files they are several times faster than the thread-pool round trips of async
 * reads, and nothing else needs the event loop while contexts load.
 */
class FolderObjectCache {
    logger;
    limits;
    folders = new Map();
    constructor(logger, limits = DEFAULT_FOLDER_READ_LIMITS) {
        this.logger = logger;
        this.limits = limits;
    }
    /** What the folder holds (an empty result for a folder that cannot be listed). */
    get(dir) {
        let found = this.folders.get(dir);
        if (!found) {
            found = this.read(dir);
            this.folders.set(dir, found);
        }
        return found;
    }
    read(dir) {
        const found = { dir, fileNames: new Set(), runs: [], jobs: [], jobsByFileStem: new Map(), jobsByNameKey: new Map(), jobsById: new Map() };
        let names;
        try {
            const entries = (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true });
            for (const entry of entries)
                if (entry.isFile() || entry.isSymbolicLink())
                    found.fileNames.add(entry.name);
            names = entries.filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.json')).map((e) => e.name).sort();
        }
        catch (error) {
            this.logger.debug(`Run context: cannot list ${dir}: ${describeError(error)}`);
            return found;
        }
        if (names.length > this.limits.maxJsonFiles) {
            this.logger.debug(`Run context: ${dir} holds ${names.length} JSON files; reading the first ${this.limits.maxJsonFiles}`);
            names = names.slice(0, this.limits.maxJsonFiles);
        }
        for (const name of names) {
            const value = this.parse(external_node_path_default().join(dir, name));
            if (value === undefined)
                continue;
            const baselinePaths = baselinePathsOf(value);
            if (baselinePaths) {
                found.baselinePaths = [...(found.baselinePaths ?? []), ...baselinePaths];
                continue;
            }
            const { runs, jobs } = recogniseObjects(value);
            found.runs.push(...runs);
            found.jobs.push(...jobs);
            const [single] = jobs;
            if (single && jobs.length === 1 && runs.length === 0)
                found.jobsByFileStem.set(name.slice(0, -'.json'.length), single);
        }
        for (const job of found.jobs) {
            const key = nameKey(job.name);
            found.jobsByNameKey.set(key, [...(found.jobsByNameKey.get(key) ?? []), job]);
            found.jobsById.set(job.id, job);
        }
        return found;
    }
    parse(file) {
        try {
            const { size } = (0,external_node_fs_namespaceObject.statSync)(file);
            if (size > this.limits.maxJsonBytes) {
                this.logger.debug(`Run context: skipped ${file}: ${size} bytes is over the ${this.limits.maxJsonBytes}-byte cap`);
                return undefined;
            }
            const text = (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
            return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
        }
        catch (error) {
            this.logger.debug(`Run context: skipped ${file}: ${describeError(error)}`);
            return undefined;
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/runs/run-index.ts
/**
 * Every workflow run and job object seen beside the logs, keyed by run id: run objects one per
 * attempt, jobs including those without a log (a passing job listed in `jobs.json`). The same
 * object seen twice (two copies of a run folder) is kept once.
 */
class RunIndex {
    runsById = new Map();
    jobsByRun = new Map();
    /** Adds a run object; a second object for the same run and attempt is ignored. */
    addRun(run) {
        let attempts = this.runsById.get(run.id);
        if (!attempts)
            this.runsById.set(run.id, (attempts = new Map()));
        const attempt = run.attempt ?? 0;
        if (!attempts.has(attempt))
            attempts.set(attempt, run);
    }
    /** Adds a job object; a second object with the same job id is ignored. */
    addJob(job) {
        let jobs = this.jobsByRun.get(job.runId);
        if (!jobs)
            this.jobsByRun.set(job.runId, (jobs = new Map()));
        if (!jobs.has(job.id))
            jobs.set(job.id, job);
    }
    /** Run ids with a run object or a job, ascending. */
    runIds() {
        return [...new Set([...this.runsById.keys(), ...this.jobsByRun.keys()])].sort((a, b) => a - b);
    }
    /** The run objects of one run, by attempt ascending. */
    attempts(runId) {
        return [...(this.runsById.get(runId)?.values() ?? [])].sort((a, b) => (a.attempt ?? 0) - (b.attempt ?? 0));
    }
    /**
     * The run object of `attempt` when it is known, else the latest known attempt (workflow name,
     * commit and branch are the same across attempts; the conclusion is not).
     */
    run(runId, attempt) {
        const attempts = this.runsById.get(runId);
        if (!attempts)
            return undefined;
        if (attempt !== undefined && attempts.has(attempt))
            return attempts.get(attempt);
        return this.attempts(runId).at(-1);
    }
    /** The jobs of one run (all attempts), by job id ascending. */
    jobs(runId) {
        return [...(this.jobsByRun.get(runId)?.values() ?? [])].sort((a, b) => a.id - b.id);
    }
    /** Every job of every run, by run id then job id. */
    allJobs() {
        return this.runIds().flatMap((id) => this.jobs(id));
    }
    /** Every run object, by run id then attempt. */
    allRuns() {
        return this.runIds().flatMap((id) => this.attempts(id));
    }
}

;// CONCATENATED MODULE: ./packages/core/src/runs/context.ts





/** How many folders above a log's own folder are searched for run and job JSON. */
const PARENT_LEVELS = 2;
/** How many are searched for a collect-logs manifest (`<out>/manifest.json` above `<out>/baseline/<run>/<job>/log.txt`). */
const MANIFEST_LEVELS = 3;
/** Sources handled between two yields to the event loop (folder reads are synchronous). */
const YIELD_EVERY = 500;
const ZIP_ENTRY = /^(.*?\.zip)!(.+)$/i;
/**
 * Finds the GitHub run and job objects stored beside each log (in its folder and up to two
 * parents) and sets `source.context` from them. Two layouts are understood through the objects'
 * shapes rather than file names: the date-night collector's (`metadata.json`, `jobs.json`,
 * `<job>/job-metadata.json`, `<job>/logs.txt`) and prodfix collect-logs' (`run.json`,
 * `job.json` next to each log; `baseline` set for the logs its `manifest.json` lists under a
 * baseline run). Fields already set on `source.context` are kept.
 *
 * @returns every run and job object seen, including jobs that have no log.
 */
async function loadRunContexts(sources, logger, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const cache = new FolderObjectCache(logger, { ...DEFAULT_FOLDER_READ_LIMITS, ...options.limits });
    const index = new RunIndex();
    const indexed = new Set();
    let withoutContext = 0;
    for (const [position, source] of sources.entries()) {
        if (position > 0 && position % YIELD_EVERY === 0)
            await new Promise((resolve) => setImmediate(resolve));
        const location = locate(source.path, cwd);
        const folders = foldersFrom(location.dir, MANIFEST_LEVELS).map((dir) => cache.get(dir));
        const levels = folders.slice(0, PARENT_LEVELS + 1);
        if (!levels[0].fileNames.has(location.diskName)) {
            withoutContext++;
            continue;
        }
        for (const level of levels) {
            if (indexed.has(level.dir))
                continue;
            indexed.add(level.dir);
            for (const run of level.runs)
                index.addRun(run);
            for (const job of level.jobs)
                index.addJob(job);
        }
        const context = contextFor(levels, location.names);
        if (context && isBaseline(folders, external_node_path_default().join(location.dir, location.diskName)))
            context.baseline = true;
        if (context)
            source.context = { ...context, ...definedFields(source.context) };
        else
            withoutContext++;
    }
    logger.debug(`Run context: ${sources.length - withoutContext} of ${sources.length} logs have run/job JSON beside them; ${index.runIds().length} runs known`);
    return index;
}
/** Where a source lives on disk (the zip, for a zip entry) and the names it is known by. */
function locate(sourcePath, cwd) {
    const zip = ZIP_ENTRY.exec(sourcePath);
    const diskPath = external_node_path_default().resolve(cwd, zip ? zip[1] : sourcePath);
    const location = { dir: external_node_path_default().dirname(diskPath), diskName: external_node_path_default().basename(diskPath) };
    if (zip) {
        const inner = zip[2].split('/');
        const entryName = inner.pop() ?? '';
        return { ...location, names: logNames(entryName, inner) };
    }
    return { ...location, names: logNames(location.diskName, [external_node_path_default().basename(location.dir)]) };
}
/** `dir` and up to `parents` folders above it. */
function foldersFrom(dir, parents) {
    const folders = [dir];
    for (let level = 0; level < parents; level++) {
        const parent = external_node_path_default().dirname(folders[folders.length - 1]);
        if (parent === folders[folders.length - 1])
            break;
        folders.push(parent);
    }
    return folders;
}
/** True when the nearest collect-logs manifest above the log lists it as part of a baseline run. */
function isBaseline(folders, diskPath) {
    const manifest = folders.find((folder) => folder.baselinePaths !== undefined);
    if (!manifest)
        return false;
    const relative = external_node_path_default().relative(manifest.dir, diskPath).split((external_node_path_default()).sep).join('/');
    return isBaselinePath(relative, manifest.baselinePaths);
}
function contextFor(levels, names) {
    const nearestRuns = levels.find((level) => level.runs.length > 0)?.runs ?? [];
    let job;
    for (const [depth, level] of levels.entries()) {
        job = jobIn(level, names, depth === 0, nearestRuns);
        if (job)
            break;
    }
    const run = job ? runOf(levels, job) : soleRun(nearestRuns);
    if (!job && !run)
        return undefined;
    return toContext(run, job);
}
/** The job a log belongs to among the objects of one folder (`own`: the log's own folder). */
function jobIn(level, names, own, nearestRuns) {
    const byFile = own ? level.jobsByFileStem.get(names.fileStem) : undefined;
    if (byFile)
        return byFile;
    let matches = jobsNamedBy(level, names);
    if (matches.length === 0 && own && level.jobs.length === 1)
        matches = level.jobs;
    const inNearestRun = matches.filter((job) => nearestRuns.some((run) => run.id === job.runId && (run.attempt === undefined || run.attempt === job.runAttempt)));
    return latestJob(inNearestRun.length > 0 ? inNearestRun : matches);
}
/** The run object of a job's run and attempt (else of its run), nearest folder first. */
function runOf(levels, job) {
    const runs = levels.flatMap((level) => level.runs).filter((run) => run.id === job.runId);
    return runs.find((run) => run.attempt === job.runAttempt) ?? runs[0];
}
function soleRun(runs) {
    return runs.every((run) => run.id === runs[0]?.id && run.attempt === runs[0]?.attempt) ? runs[0] : undefined;
}
function toContext(run, job) {
    return definedFields({
        runId: job?.runId ?? run?.id,
        runAttempt: job?.runAttempt ?? run?.attempt,
        workflow: run?.workflow ?? job?.workflow,
        workflowPath: run?.workflowPath,
        event: run?.event,
        branch: run?.branch ?? job?.branch,
        headSha: run?.headSha ?? job?.headSha,
        repository: run?.repository ?? job?.repository,
        htmlUrl: job?.htmlUrl ?? run?.htmlUrl,
        jobId: job?.id,
        jobName: job?.name,
        jobConclusion: job ? (job.conclusion ?? job.status) : undefined,
        createdAt: run?.createdAt ?? job?.startedAt,
    });
}
/** A copy without the fields whose value is undefined (so spreading it never erases a value). */
function definedFields(context) {
    const copy = {};
    for (const [key, value] of Object.entries(context ?? {})) {
        if (value !== undefined)
            copy[key] = value;
    }
    return copy;
}

;// CONCATENATED MODULE: ./packages/core/src/runs/job-observations.ts
const FAILED_CONCLUSIONS = new Set(['failure', 'timed_out', 'startup_failure']);
const OTHER_CONCLUSIONS = new Set(['cancelled', 'skipped', 'neutral', 'action_required', 'stale']);
/**
 * The outcome a final job or run conclusion states: `success`; `failure` (also `timed_out`,
 * `startup_failure`); `other` (cancelled, skipped, …). Undefined when there is no final
 * conclusion yet (`in_progress`, `queued`, missing).
 */
function outcomeOfConclusion(conclusion) {
    if (conclusion === 'success')
        return 'success';
    if (conclusion !== undefined && FAILED_CONCLUSIONS.has(conclusion))
        return 'failure';
    if (conclusion !== undefined && OTHER_CONCLUSIONS.has(conclusion))
        return 'other';
    return undefined;
}
function outcomeOfStatus(status) {
    if (status === 'failed')
        return 'failure';
    if (status === 'passed')
        return 'success';
    return 'other';
}
/**
 * Every job attempt known from the index (with or without a log) merged with the analysed logs
 * that carry a run context. The API conclusion wins over the log's status when both are known.
 * Logs without a job name in their context cannot be told apart and are left out.
 */
function observeJobs(files, index, signatureOf) {
    const observations = [];
    const byJobId = new Map();
    const byAttemptAndName = new Map();
    /** Observations whose outcome is a final API conclusion (a log's status does not override it). */
    const concluded = new Set();
    const attemptKey = (runId, attempt, job) => `${runId ?? ''}|${attempt ?? ''}|${job ?? ''}`;
    const remember = (observation) => {
        observations.push(observation);
        if (observation.jobId !== undefined)
            byJobId.set(observation.jobId, observation);
        byAttemptAndName.set(attemptKey(observation.runId, observation.attempt, observation.job), observation);
    };
    for (const job of index.allJobs()) {
        const run = index.run(job.runId, job.runAttempt);
        const outcome = outcomeOfConclusion(job.conclusion);
        const observation = {
            workflow: run?.workflow ?? job.workflow,
            job: job.name,
            jobId: job.id,
            runId: job.runId,
            attempt: job.runAttempt ?? run?.attempt,
            headSha: job.headSha ?? run?.headSha,
            outcome: outcome ?? 'other',
            at: run?.createdAt ?? job.startedAt,
            paths: [],
        };
        remember(observation);
        if (outcome)
            concluded.add(observation);
    }
    for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        const context = file.context;
        if (!context?.jobName)
            continue;
        let observation = (context.jobId !== undefined ? byJobId.get(context.jobId) : undefined) ??
            byAttemptAndName.get(attemptKey(context.runId, context.runAttempt, context.jobName));
        if (!observation) {
            const outcome = outcomeOfConclusion(context.jobConclusion);
            observation = {
                workflow: context.workflow,
                job: context.jobName,
                jobId: context.jobId,
                runId: context.runId,
                attempt: context.runAttempt,
                headSha: context.headSha,
                outcome: outcome ?? outcomeOfStatus(file.status),
                at: context.createdAt,
                paths: [],
            };
            remember(observation);
            if (outcome)
                concluded.add(observation);
        }
        else if (!concluded.has(observation)) {
            observation.outcome = outcomeOfStatus(file.status);
        }
        observation.paths.push(file.path);
        if (file.status === 'failed' && observation.signature === undefined)
            observation.signature = signatureOf(file);
    }
    return observations;
}

;// CONCATENATED MODULE: ./packages/core/src/runs/signature.ts

const MAX_SIGNATURE = 200;
/**
 * The default signature: category and title of the file's rank-1 failure, with what changes
 * from run to run (numbers, hex ids, paths, times…) masked, so the same error reads the same in
 * every run: `test-assertion: Timeout of <DUR> exceeded`.
 */
const defaultSignature = (file) => {
    const top = file.failures.find((failure) => failure.rank === 1) ?? file.failures[0];
    if (!top)
        return undefined;
    const title = maskVariables(top.title).replace(/\s+/g, ' ').trim().slice(0, MAX_SIGNATURE);
    return `${top.category}: ${title}`;
};

;// CONCATENATED MODULE: ./packages/core/src/runs/intermittent.ts


/** The job name used when a whole run passed on re-run and its failed jobs are not known. */
const WHOLE_RUN = '(whole run)';
const REASON_ORDER = [
    'failed-and-passed-on-same-commit',
    'passed-on-rerun',
    'alternating-signature',
    'known-flaky-signature',
];
const MAX_SIGNATURE_IN_DETAIL = 80;
/**
 * Flags jobs (workflow + job name) that look intermittent across the runs in the input:
 * - failed and passed on the same commit in different runs;
 * - failed, then passed when the same run was re-run (a later attempt);
 * - failed with two recurring signatures that switch back and forth (A, B, A) across runs.
 * Job conclusions come from the stored API objects (also for jobs whose log we do not have)
 * and from the analysed logs. Results are sorted by workflow, job, reason, commit and run.
 *
 * @param signatureOf how to tell two failures apart (default: category + masked title of the
 *   rank-1 failure).
 */
function findIntermittent(files, index, signatureOf = defaultSignature) {
    const observations = observeJobs(files, index, signatureOf);
    const flags = [...sameCommit(observations), ...passedOnRerun(observations, index), ...alternating(observations)];
    return flags.sort(compareFlags);
}
function sameCommit(observations) {
    const flags = [];
    for (const group of groupBy(observations.filter((o) => o.headSha !== undefined), (o) => `${intermittent_jobKey(o)}\u0000${o.headSha}`)) {
        const failed = group.filter((o) => o.outcome === 'failure');
        const passed = group.filter((o) => o.outcome === 'success');
        const differentRuns = failed.some((f) => passed.some((p) => f.runId === undefined || f.runId !== p.runId));
        if (!differentRuns)
            continue;
        const first = group[0];
        const sha = first.headSha;
        flags.push({
            workflow: first.workflow,
            job: first.job,
            headSha: sha,
            reason: 'failed-and-passed-on-same-commit',
            detail: `${describeJob(first)} failed ${times(failed.length)} and passed ${times(passed.length)} on commit ${sha.slice(0, 7)}: same code, different outcome`,
            runs: runIds([...failed, ...passed]),
            paths: pathsOf([...failed, ...passed]),
        });
    }
    return flags;
}
function passedOnRerun(observations, index) {
    const flags = [];
    const runsWithFlag = new Set();
    const withRun = observations.filter((o) => o.runId !== undefined && o.attempt !== undefined);
    for (const group of groupBy(withRun, (o) => `${intermittent_jobKey(o)}\u0000${o.runId}`)) {
        const runId = group[0].runId;
        for (const failure of group.filter((o) => o.outcome === 'failure').sort(byAttempt)) {
            const laterPass = passedAfter(group, failure.attempt, index.attempts(runId));
            if (laterPass === undefined)
                continue;
            runsWithFlag.add(runId);
            flags.push({
                workflow: failure.workflow,
                job: failure.job,
                headSha: failure.headSha,
                reason: 'passed-on-rerun',
                detail: `${describeJob(failure)} failed on attempt ${failure.attempt} of run ${runId} and passed on re-run attempt ${laterPass}`,
                runs: [runId],
                paths: pathsOf(group),
            });
            break;
        }
    }
    const failedJobRuns = new Set(withRun.filter((o) => o.outcome === 'failure').map((o) => o.runId));
    for (const runId of index.runIds()) {
        if (runsWithFlag.has(runId) || failedJobRuns.has(runId))
            continue;
        const attempts = index.attempts(runId).filter((r) => r.attempt !== undefined);
        const failed = attempts.find((r) => outcomeOfConclusion(r.conclusion) === 'failure');
        const passed = failed && attempts.find((r) => r.attempt > failed.attempt && outcomeOfConclusion(r.conclusion) === 'success');
        if (!failed || !passed)
            continue;
        flags.push({
            workflow: failed.workflow,
            job: WHOLE_RUN,
            headSha: failed.headSha,
            reason: 'passed-on-rerun',
            detail: `run ${runId}${failed.workflow ? ` of "${failed.workflow}"` : ''} failed on attempt ${failed.attempt} and succeeded on re-run attempt ${passed.attempt}`,
            runs: [runId],
            paths: [],
        });
    }
    return flags;
}
/**
 * The first attempt after `attempt` in which the job passed: its own observation says success,
 * or (no observation of the job in that attempt) the whole run attempt succeeded.
 */
function passedAfter(group, attempt, runAttempts) {
    const jobPass = group.filter((o) => o.attempt > attempt && o.outcome === 'success').sort(byAttempt)[0];
    const runPass = runAttempts.find((r) => r.attempt !== undefined &&
        r.attempt > attempt &&
        outcomeOfConclusion(r.conclusion) === 'success' &&
        !group.some((o) => o.attempt === r.attempt));
    const candidates = [jobPass?.attempt, runPass?.attempt].filter((a) => a !== undefined);
    return candidates.length > 0 ? Math.min(...candidates) : undefined;
}
function alternating(observations) {
    const flags = [];
    const failedWithSignature = observations.filter((o) => o.outcome === 'failure' && o.signature !== undefined);
    for (const group of groupBy(failedWithSignature, intermittent_jobKey)) {
        const ordered = [...group].sort(byTime);
        const signatures = ordered.map((o) => o.signature);
        const pair = alternatingPair(signatures);
        if (!pair)
            continue;
        const [first, second] = pair;
        const distinct = new Set(signatures).size;
        const involved = ordered.filter((o) => o.signature === first.signature || o.signature === second.signature);
        const others = distinct > 2 ? `; ${distinct} different errors in all` : '';
        flags.push({
            workflow: ordered[0].workflow,
            job: ordered[0].job,
            reason: 'alternating-signature',
            detail: `${describeJob(ordered[0])} switched back and forth between "${shorten(first.signature)}" (×${first.count}) and ` +
                `"${shorten(second.signature)}" (×${second.count}) over ${ordered.length} failed runs${others}`,
            runs: runIds(involved),
            paths: pathsOf(involved),
        });
    }
    return flags;
}
/**
 * The two most frequent signatures (earliest first on ties) when each occurs at least twice and
 * one comes back after the other (A, B, A or B, A, B once runs of the same one are merged), in
 * time order. A job that simply changed error (A, A, B, B) or fails in many one-off ways is not
 * flagged.
 */
function alternatingPair(signatures) {
    const counts = new Map();
    for (const signature of signatures)
        counts.set(signature, (counts.get(signature) ?? 0) + 1);
    const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
    if (!first || !second || second[1] < 2)
        return undefined;
    let switches = 0;
    let previous;
    for (const signature of signatures) {
        if (signature !== first[0] && signature !== second[0])
            continue;
        if (previous !== undefined && signature !== previous)
            switches++;
        previous = signature;
    }
    if (switches < 2)
        return undefined;
    return [
        { signature: first[0], count: first[1] },
        { signature: second[0], count: second[1] },
    ];
}
function intermittent_jobKey(observation) {
    return `${observation.workflow ?? ''}\u0000${observation.job}`;
}
function describeJob(observation) {
    return observation.workflow ? `"${observation.job}" in "${observation.workflow}"` : `"${observation.job}"`;
}
function times(count) {
    return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}
function shorten(text) {
    return text.length > MAX_SIGNATURE_IN_DETAIL ? `${text.slice(0, MAX_SIGNATURE_IN_DETAIL - 1)}…` : text;
}
function runIds(observations) {
    return [...new Set(observations.flatMap((o) => (o.runId === undefined ? [] : [o.runId])))].sort((a, b) => a - b);
}
function pathsOf(observations) {
    return [...new Set(observations.flatMap((o) => o.paths))].sort();
}
function byAttempt(a, b) {
    return (a.attempt ?? 0) - (b.attempt ?? 0);
}
function byTime(a, b) {
    return compareText(a.at ?? '', b.at ?? '') || (a.runId ?? 0) - (b.runId ?? 0) || byAttempt(a, b) || (a.jobId ?? 0) - (b.jobId ?? 0);
}
/** Groups in order of first appearance; each group keeps the input order. */
function groupBy(items, keyOf) {
    const groups = new Map();
    for (const item of items) {
        const key = keyOf(item);
        const group = groups.get(key);
        if (group)
            group.push(item);
        else
            groups.set(key, [item]);
    }
    return [...groups.values()];
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareFlags(a, b) {
    return (compareText(a.workflow ?? '', b.workflow ?? '') ||
        compareText(a.job, b.job) ||
        REASON_ORDER.indexOf(a.reason) - REASON_ORDER.indexOf(b.reason) ||
        compareText(a.headSha ?? '', b.headSha ?? '') ||
        (a.runs[0] ?? 0) - (b.runs[0] ?? 0));
}

;// CONCATENATED MODULE: ./packages/core/src/runs/debug-env.ts
/** Turns on the runner's step debug logs when the job is re-run on GitHub (as a secret or variable). */
const RUNNER_DEBUG = { ACTIONS_STEP_DEBUG: 'true' };
const NODE = { DEBUG: '*' };
const PYTHON = { PYTHONFAULTHANDLER: '1', PYTHONUNBUFFERED: '1' };
/** Variables that make each tool chain say more about what went wrong. */
const BY_TOOLCHAIN = {
    jest: NODE,
    vitest: NODE,
    mocha: NODE,
    karma: NODE,
    node: NODE,
    tsc: {},
    eslint: { DEBUG: 'eslint:*' },
    pytest: PYTHON,
    unittest: PYTHON,
    python: PYTHON,
    go: { GOFLAGS: '-v', GOTRACEBACK: 'all' },
    cargo: { RUST_BACKTRACE: '1' },
    maven: {},
    gradle: {},
    docker: { BUILDKIT_PROGRESS: 'plain' },
    terraform: { TF_LOG: 'DEBUG' },
    unknown: {},
};
/**
 * Debug environment for a tool chain: the tool's own switches, plus the runner's
 * `ACTIONS_STEP_DEBUG` when the log came from GitHub Actions (it means nothing elsewhere).
 */
function debugEnvFor(toolchain, onGitHubRunner = true) {
    return { ...(onGitHubRunner ? RUNNER_DEBUG : {}), ...BY_TOOLCHAIN[toolchain] };
}
/** True for variables that only mean something on the runner (not worth setting locally). */
function isRunnerVariable(name) {
    return name.startsWith('ACTIONS_');
}

;// CONCATENATED MODULE: ./packages/core/src/report/paths.ts
/**
 * Maps the paths a job log prints (absolute paths on the runner) to paths relative to the
 * repository root, which is what GitHub needs to place an annotation on a file.
 */
/** Where the runner checks a repository out: `<prefix>/<repo>/<repo>/`. */
const RUNNER_CHECKOUT_PREFIXES = [
    /^\/home\/runner\/work\/([^/]+)\/\1\//,
    /^\/Users\/runner\/work\/([^/]+)\/\1\//,
    /^\/__w\/([^/]+)\/\1\//,
    /^[A-Za-z]:\/a\/([^/]+)\/\1\//,
];
/** Forward slashes, no `./` prefix, `..`-free; `undefined` for a path that leaves its root. */
function normaliseRelative(path) {
    const parts = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            return undefined;
        parts.push(part);
    }
    return parts.length > 0 ? parts.join('/') : undefined;
}
function isAbsolute(path) {
    return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}
/**
 * The repository-relative form of a path printed in a log, or `undefined` when it is outside
 * the checkout (a dependency in the tool cache, a system file) and so can't be annotated.
 * Already-relative paths are kept (normalised).
 */
function paths_toRepoPath(printed, options = {}) {
    const path = printed.trim().replace(/\\/g, '/');
    if (path === '')
        return undefined;
    const repoName = options.repository?.split('/')[1];
    const workspace = options.workspace?.replace(/\\/g, '/').replace(/\/+$/, '');
    if (workspace && (path === workspace || path.startsWith(`${workspace}/`))) {
        return normaliseRelative(path.slice(workspace.length));
    }
    for (const prefix of RUNNER_CHECKOUT_PREFIXES) {
        const match = prefix.exec(path);
        if (!match)
            continue;
        if (repoName && match[1] !== repoName)
            return undefined;
        return normaliseRelative(path.slice(match[0].length));
    }
    if (isAbsolute(path))
        return undefined;
    return normaliseRelative(path);
}

;// CONCATENATED MODULE: ./node_modules/shlex/shlex.js


/*
  Port of a subset of the features of CPython's shlex module, which provides a
  shell-like lexer. Original code by Eric S. Raymond and other contributors.
*/

class Shlexer {
  constructor (string) {
    this.i = 0
    this.string = string

    /**
     * Characters that will be considered whitespace and skipped. Whitespace
     * bounds tokens. By default, includes space, tab, linefeed and carriage
     * return.
     */
    this.whitespace = ' \t\r\n'

    /**
     * Characters that will be considered string quotes. The token accumulates
     * until the same quote is encountered again (thus, different quote types
     * protect each other as in the shell.) By default, includes ASCII single
     * and double quotes.
     */
    this.quotes = `'"`

    /**
     * Characters that will be considered as escape. Just `\` by default.
     */
    this.escapes = '\\'

    /**
     * The subset of quote types that allow escaped characters. Just `"` by default.
     */
    this.escapedQuotes = '"'

    /**
     * Whether to support ANSI C-style $'' quotes
     * https://www.gnu.org/software/bash/manual/html_node/ANSI_002dC-Quoting.html
     */
    this.ansiCQuotes = true

    /**
     * Whether to support localized $"" quotes
     * https://www.gnu.org/software/bash/manual/html_node/Locale-Translation.html
     *
     * The behavior is as if the current locale is set to C or POSIX, i.e., the
     * contents are not translated.
     */
    this.localeQuotes = true

    this.debug = false
  }

  readChar () {
    return this.string.charAt(this.i++)
  }

  processEscapes (string, quote, isAnsiCQuote) {
    if (!isAnsiCQuote && !this.escapedQuotes.includes(quote)) {
      // This quote type doesn't support escape sequences
      return string
    }

    // We need to form a regex that matches any of the escape characters,
    // without interpreting any of the characters as a regex special character.
    const anyEscape = '[' + this.escapes.replace(/(.)/g, '\\$1') + ']'

    // In regular quoted strings, we can only escape an escape character, and
    // the quote character itself.
    if (!isAnsiCQuote && this.escapedQuotes.includes(quote)) {
      const re = new RegExp(
        anyEscape + '(' + anyEscape + '|\\' + quote + ')', 'g')
      return string.replace(re, '$1')
    }

    // ANSI C quoted strings support a wide variety of escape sequences
    if (isAnsiCQuote) {
      const patterns = {
        // Literal characters
        '([\\\\\'"?])': (x) => x,

        // Non-printable ASCII characters
        'a': () => '\x07',
        'b': () => '\x08',
        'e|E': () => '\x1b',
        'f': () => '\x0c',
        'n': () => '\x0a',
        'r': () => '\x0d',
        't': () => '\x09',
        'v': () => '\x0b',

        // Octal bytes
        '([0-7]{1,3})': (x) => String.fromCharCode(parseInt(x, 8)),

        // Hexadecimal bytes
        'x([0-9a-fA-F]{1,2})': (x) => String.fromCharCode(parseInt(x, 16)),

        // Unicode code units
        'u([0-9a-fA-F]{1,4})': (x) => String.fromCharCode(parseInt(x, 16)),
        'U([0-9a-fA-F]{1,8})': (x) => String.fromCharCode(parseInt(x, 16)),

        // Control characters
        // https://en.wikipedia.org/wiki/Control_character#How_control_characters_map_to_keyboards
        'c(.)': (x) => {
          if (x === '?') {
            return '\x7f'
          } else if (x === '@') {
            return '\x00'
          } else {
            return String.fromCharCode(x.charCodeAt(0) & 31)
          }
        }
      }

      // Construct an uber-RegEx that catches all of the above pattern
      const re = new RegExp(
        anyEscape + '(' + Object.keys(patterns).join('|') + ')', 'g')

      // For each match, figure out which subpattern matched, and apply the
      // corresponding function
      return string.replace(re, function (m, p1) {
        for (const matched in patterns) {
          const mm = new RegExp('^' + matched + '$').exec(p1)
          if (mm === null) {
            continue
          }

          return patterns[matched].apply(null, mm.slice(1))
        }
      })
    }

    // Should not get here
    return undefined
  }

  * [Symbol.iterator] () {
    let inQuote = false
    let inDollarQuote = false
    let escaped = false
    let lastDollar = -2 // position of last dollar sign we saw
    let token

    if (this.debug) {
      console.log('full input:', '>' + this.string + '<')
    }

    while (true) {
      const pos = this.i
      const char = this.readChar()

      if (this.debug) {
        console.log(
          'position:', pos,
          'input:', '>' + char + '<',
          'accumulated:', token,
          'inQuote:', inQuote,
          'inDollarQuote:', inDollarQuote,
          'lastDollar:', lastDollar,
          'escaped:', escaped
        )
      }

      // Ran out of characters, we're done
      if (char === '') {
        if (inQuote) { throw new Error('Got EOF while in a quoted string') }
        if (escaped) { throw new Error('Got EOF while in an escape sequence') }
        if (token !== undefined) { yield token }
        return
      }

      // We were in an escape sequence, complete it
      if (escaped) {
        if (char === '\n') {
          // An escaped newline just means to continue the command on the next
          // line. We just need to ignore it.
        } else if (inQuote) {
          // If we are in a quote, just accumulate the whole escape sequence,
          // as we will interpret escape sequences later.
          token = (token || '') + escaped + char
        } else {
          // Just use the literal character
          token = (token || '') + char
        }

        escaped = false
        continue
      }

      if (this.escapes.includes(char)) {
        if (!inQuote || inDollarQuote !== false || this.escapedQuotes.includes(inQuote)) {
          // We encountered an escape character, which is going to affect how
          // we treat the next character.
          escaped = char
          continue
        } else {
          // This string type doesn't use escape characters. Ignore for now.
        }
      }

      // We were in a string
      if (inQuote !== false) {
        // String is finished. Don't grab the quote character.
        if (char === inQuote) {
          token = this.processEscapes(token, inQuote, inDollarQuote === '\'')
          inQuote = false
          inDollarQuote = false
          continue
        }

        // String isn't finished yet, accumulate the character
        token = (token || '') + char
        continue
      }

      // This is the start of a new string, don't accumulate the quotation mark
      if (this.quotes.includes(char)) {
        inQuote = char
        if (lastDollar === pos - 1) {
          if (char === '\'' && !this.ansiCQuotes) {
            // Feature not enabled
          } else if (char === '"' && !this.localeQuotes) {
            // Feature not enabled
          } else {
            inDollarQuote = char
          }
        }

        token = (token || '') // fixes blank string

        if (inDollarQuote !== false) {
          // Drop the opening $ we captured before
          token = token.slice(0, -1)
        }

        continue
      }

      // This is a dollar sign, record that we saw it in case it's the start of
      // an ANSI C or localized string
      if (inQuote === false && char === '$') {
        lastDollar = pos
      }

      // This is whitespace, so yield the token if we have one
      if (this.whitespace.includes(char)) {
        if (token !== undefined) { yield token }
        token = undefined
        continue
      }

      // Otherwise, accumulate the character
      token = (token || '') + char
    }
  }
}


/**
 * Splits a given string using shell-like syntax. This function is the inverse
 * of shlex.join().
 *
 * @param {String} s String to split.
 * @returns {String[]}
 */
function split (s) {
  return Array.from(new Shlexer(s))
}

/**
 * Escapes a potentially shell-unsafe string using quotes.
 *
 * @param {String} s String to quote
 * @returns {String}
 */
function quote (s) {
  if (s === '') { return '\'\'' }

  const unsafeRe = /[^\w@%\-+=:,./]/
  if (!unsafeRe.test(s)) { return s }

  return ('\'' + s.replace(/('+)/g, '\'"$1"\'') + '\'').replace(/^''|''$/g, '')
}


/**
 * Concatenate the tokens of the list args and return a string. This function
 * is the inverse of shlex.split().
 *
 * The returned value is shell-escaped to protect against injection
 * vulnerabilities (see shlex.quote()).
 *
 * @param {String[]} args List of args to join
 * @returns {String}
 */
function shlex_join (args) {
  if (!Array.isArray(args)) {
    throw new TypeError("args should be an array")
  }
  return args.map(quote).join(" ")
}

;// CONCATENATED MODULE: ./packages/core/src/runs/shell.ts

/**
 * Quotes untrusted text (a test name or path read from a log) as one POSIX shell word:
 * control characters and line breaks become spaces, then the word is single-quoted unless it
 * is made only of safe characters. `x"; rm -rf / #` becomes `'x"; rm -rf / #'`.
 */
function shellWord(text) {
    return quote(text.replace(/[\u0000-\u001f\u007f]+/g, ' '));
}
/** A command line from words, each quoted with {@link shellWord}. */
function shellCommand(words) {
    return words.map(shellWord).join(' ');
}
/** Escapes the characters that are special in a regular expression, for tools that take a name pattern (`jest -t`, `go test -run`). */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./packages/core/src/runs/local-command.ts


const TEST_FILE = /(?:\.(?:test|spec)\.[cm]?[jt]sx?|_test\.go|(?:^|\/)test_[^/]*\.py|_test\.py|Tests?\.(?:java|kt))$/;
const FAILED_TEST_FILE_LINE = /^\s*(?:FAIL|×|✕|❯)\s+(\S+\.(?:test|spec)\.[cm]?[jt]sx?)\b/m;
const JS_NAME_SEPARATOR = /\s+[›>]\s+/;
const JVM_CLASS = /^[A-Z][\w$]*$/;
/**
 * A command to try on a checkout to reproduce the failure: the failing test alone when the tool
 * and the log name it (`npx jest src/a.test.ts -t 'adds'`, `pytest 'tests/x.py::test_y'`,
 * `go test -count=1 -run '^TestX$' ./pkg/...`, `mvn -Dtest=Class#method test`,
 * `cargo test name`, `npx tsc --noEmit`), else the failing step's own command. Every piece
 * taken from the log is shell-quoted.
 */
function localCommand(toolchain, command, file) {
    const test = failingTest(file);
    const inferred = inferCommand(toolchain, command ?? '', test, file);
    return inferred ?? (command?.trim() || undefined);
}
function inferCommand(toolchain, command, test, file) {
    switch (toolchain) {
        case 'jest':
        case 'vitest': {
            const { name, file } = splitJsName(test);
            if (!name && !file)
                return undefined;
            const runner = toolchain === 'jest' ? ['npx', 'jest'] : ['npx', 'vitest', 'run'];
            return shellCommand([...runner, ...optional(file), ...(name ? ['-t', escapeRegExp(name)] : [])]);
        }
        case 'mocha': {
            const { name, file } = splitJsName(test);
            if (!name && !file)
                return undefined;
            return shellCommand(['npx', 'mocha', ...optional(file), ...(name ? ['--grep', escapeRegExp(name)] : [])]);
        }
        case 'karma':
            return shellCommand(['npx', 'ng', 'test', '--watch=false', ...(test.file ? [`--include=${test.file}`] : [])]);
        case 'tsc': {
            const project = /(?:^|\s)(?:-p|--project)[\s=]+(\S+)/.exec(command)?.[1];
            return shellCommand(['npx', 'tsc', '--noEmit', ...(project ? ['-p', project] : [])]);
        }
        case 'eslint':
            return test.location ? shellCommand(['npx', 'eslint', test.location]) : undefined;
        case 'pytest':
            if (!test.name)
                return undefined;
            if (test.name.includes('::'))
                return shellCommand(['pytest', test.name]);
            return test.file ? shellCommand(['pytest', `${test.file}::${test.name}`]) : shellCommand(['pytest', '-k', test.name]);
        case 'unittest':
            return test.name ? shellCommand(['python', '-m', 'unittest', test.name]) : undefined;
        case 'go':
            return test.name ? goTestCommand(test, command, file) : undefined;
        case 'cargo':
            return test.name ? shellCommand(['cargo', 'test', test.name]) : undefined;
        case 'maven':
        case 'gradle':
            return test.name ? jvmTestCommand(toolchain, command, test.name) : undefined;
        default:
            return undefined;
    }
}
/** The first failing test named by the top failure (else anywhere in the log) and its test file, when known. */
function failingTest(file) {
    const top = file.failures[0];
    const name = top?.tests[0] ?? file.failedTests[0];
    const location = top?.location?.file !== undefined ? paths_toRepoPath(top.location.file) : undefined;
    const fromLocation = location && TEST_FILE.test(location) ? location : undefined;
    const printed = file.failures
        .slice(0, 3)
        .map((failure) => FAILED_TEST_FILE_LINE.exec(failure.lines.join('\n'))?.[1])
        .find((path) => path !== undefined);
    return { name, file: fromLocation ?? (printed ? paths_toRepoPath(printed) : undefined), location };
}
/** Jest and vitest print `Suite › test` / `file > suite > test`; their `-t` matches the names joined by spaces. */
function splitJsName(test) {
    if (!test.name)
        return test;
    const parts = test.name.split(JS_NAME_SEPARATOR);
    const file = parts[0] && TEST_FILE.test(parts[0]) ? paths_toRepoPath(parts.shift()) : undefined;
    return { name: parts.join(' ') || undefined, file: file ?? test.file };
}
/** `go test`'s per-package result line: `FAIL	github.com/o/r/internal/x	1.2s`. */
const GO_PACKAGE_FAILED = /^FAIL\s+(\S+\/\S+)\s+[\d.]+s\s*$/;
/** An import path on a code host: its repository part, then the folder inside it. */
const GO_HOSTED_PACKAGE = /^(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)\/[^/]+\/[^/]+\/(.+)$/;
/** Flags of the workflow's `go test` that change what a test sees. */
const GO_FLAGS = /(?:^|\s)(-race|-short|-tags[= ]\S+|-covermode[= ]\S+)(?=\s|$)/g;
/**
 * `go test -count=1 -run '^TestX$' ./pkg/...`: the package from the test's file or from
 * `FAIL <import path>` in the excerpts, and the workflow's `-race`/`-tags`/`-short` flags.
 */
function goTestCommand(test, command, file) {
    const pattern = test.name.split('/').map((part) => `^${escapeRegExp(part)}$`).join('/');
    const folder = test.file?.includes('/') ? test.file.slice(0, test.file.lastIndexOf('/')) : packageFolder(file);
    const flags = [...command.matchAll(GO_FLAGS)].flatMap((match) => match[1].split(' '));
    return shellCommand(['go', 'test', '-count=1', ...flags, '-run', pattern, folder ? `./${folder}/...` : './...']);
}
function packageFolder(file) {
    for (const failure of file.failures) {
        for (const line of failure.lines) {
            const importPath = GO_PACKAGE_FAILED.exec(line)?.[1];
            const folder = importPath ? GO_HOSTED_PACKAGE.exec(importPath)?.[1] : undefined;
            if (folder)
                return folder;
        }
    }
    return undefined;
}
/** `com.x.FooTest.testBar` → `-Dtest=FooTest#testBar` (Maven) or `--tests com.x.FooTest.testBar` (Gradle); a bare method name is not enough. */
function jvmTestCommand(toolchain, command, name) {
    const parts = name.split('.');
    const method = JVM_CLASS.test(parts.at(-1) ?? '') ? undefined : parts.pop();
    const simpleClass = parts.at(-1);
    if (!simpleClass || !JVM_CLASS.test(simpleClass))
        return undefined;
    if (toolchain === 'gradle') {
        const gradle = /\bgradle\s/.test(command) && !/gradlew\b/.test(command) ? 'gradle' : './gradlew';
        return shellCommand([gradle, 'test', '--tests', name]);
    }
    const maven = /\.\/mvnw\b/.test(command) ? './mvnw' : 'mvn';
    return shellCommand([maven, `-Dtest=${simpleClass}${method ? `#${method}` : ''}`, 'test']);
}
function optional(value) {
    return value ? [value] : [];
}

;// CONCATENATED MODULE: ./packages/core/src/runs/toolchain.ts
/** What a command names, most specific first. */
const BY_COMMAND = [
    [/\bvitest\b/, 'vitest'],
    [/\bjest\b/, 'jest'],
    [/\bmocha\b/, 'mocha'],
    [/\b(?:ng|nx)\s+test\b|\bkarma\b/, 'karma'],
    [/\btsc\b/, 'tsc'],
    [/\beslint\b/, 'eslint'],
    [/\bpytest\b/, 'pytest'],
    [/\bpython3?\s+-m\s+unittest\b/, 'unittest'],
    [/\bgo\s+(?:test|vet|build|run|generate)\b/, 'go'],
    [/\bcargo\b/, 'cargo'],
    [/(?:^|[\s/])mvnw?\b/, 'maven'],
    [/\bgradlew?\b/, 'gradle'],
    [/\bdocker\b/, 'docker'],
    [/\bterraform\b/, 'terraform'],
    [/\b(?:npm|npx|yarn|pnpm|node|bun)\b/, 'node'],
    [/\b(?:python3?|pip3?|tox|nox|poetry|uv)\b/, 'python'],
];
/** What the log's failures show (analysis signal names, or tell-tale lines), most specific first. */
const BY_EVIDENCE = [
    [/\bvitest\b/i, 'vitest'],
    [/\bjest\b|^\s*● .+ › /im, 'jest'],
    [/\bmocha\b|^\s*\d+ failing\s*$/im, 'mocha'],
    [/\bkarma\b|Executed \d+ of \d+ .*FAILED/i, 'karma'],
    [/\btsc-error\b|\berror TS\d+:/, 'tsc'],
    [/\beslint\b/i, 'eslint'],
    [/\bpytest\b|^(?:FAILED|ERROR) \S+\.py::/im, 'pytest'],
    [/\bunittest\b|^(?:FAIL|ERROR): \w+ \([\w.]+\)/m, 'unittest'],
    [/\bgo-(?:test|build)\b|^\s*--- FAIL: /m, 'go'],
    [/\bcargo\b|\brust-error\b|^---- \S+ stdout ----/m, 'cargo'],
    [/\bsurefire\b|\bmaven\b/i, 'maven'],
    [/\bgradle\b/i, 'gradle'],
];
/** Tools a generic command (`npm test`, `python …`) may have run. */
const REFINES = {
    node: new Set(['jest', 'vitest', 'mocha', 'karma', 'tsc', 'eslint']),
    python: new Set(['pytest', 'unittest']),
};
/** Lines of the top failures looked at for evidence. */
const EVIDENCE_LINES = 60;
/**
 * Decides the tool chain from the failing step's command, refined by the failures' evidence
 * when the command is generic (`npm test` that ran jest) or unknown.
 */
function detectToolchain(command, file) {
    const named = command ? BY_COMMAND.find(([pattern]) => pattern.test(command))?.[1] : undefined;
    if (named && !REFINES[named])
        return named;
    const evidence = evidenceText(file);
    const shown = BY_EVIDENCE.find(([pattern]) => pattern.test(evidence))?.[1];
    if (shown && (!named || REFINES[named]?.has(shown)))
        return shown;
    return named ?? 'unknown';
}
function evidenceText(file) {
    const top = file.failures.slice(0, 3);
    return [
        ...top.flatMap((failure) => failure.signals),
        ...top.map((failure) => failure.title),
        ...top.flatMap((failure) => failure.lines.slice(0, EVIDENCE_LINES)),
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/runs/recipe.ts




const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const INSTALL_COMMAND = /^\s*(?:npm (?:ci|install)|yarn(?: install)?|pnpm (?:install|i)|bun install|pip3? install|python3? -m pip install|poetry install|uv sync|pipenv install|bundle install|go mod download|composer install)\b.*$/m;
const DEFAULT_INSTALL = {
    jest: 'npm ci',
    vitest: 'npm ci',
    mocha: 'npm ci',
    karma: 'npm ci',
    node: 'npm ci',
    tsc: 'npm ci',
    eslint: 'npm ci',
    go: 'go mod download',
};
/**
 * How to reproduce a failed job: its commit, workflow, job, failing step and command, the
 * `gh run rerun` line when the run id is known, a local command inferred from the tool chain
 * and the failing test, debug variables for that tool chain, and ordered instructions (the
 * array's order is the numbering; the strings carry no numbers). Undefined for files that did
 * not fail. Anything taken from the log or its API objects is shell-quoted where it enters a
 * command; the step's own command is shown as the workflow ran it.
 */
function buildRecipe(file) {
    if (file.status !== 'failed')
        return undefined;
    const context = file.context ?? {};
    const step = failingStep(file);
    const command = step?.command?.trim() || undefined;
    const toolchain = detectToolchain(command, file);
    const local = localCommand(toolchain, command, file);
    const debugEnv = debugEnvFor(toolchain, file.format !== 'plain');
    const rerun = context.runId !== undefined ? rerunCommand(context.runId, context.repository) : undefined;
    const recipe = {
        path: file.path,
        job: context.jobName,
        workflow: context.workflow,
        headSha: context.headSha,
        runId: context.runId,
        step: step?.name,
        command,
        rerun,
        local,
        debugEnv,
        steps: [],
    };
    recipe.steps = instructions(recipe, file, step, toolchain);
    return recipe;
}
/** The step the top failure is in when it failed, else the first failed step with a command, else the first failed step. */
function failingStep(file) {
    const failed = file.steps.filter((step) => step.failed);
    const named = file.failures[0]?.step;
    return failed.find((step) => step.name === named) ?? failed.find((step) => step.command) ?? failed[0];
}
function rerunCommand(runId, repository) {
    const repo = repository && REPOSITORY.test(repository) ? ` --repo ${shellWord(repository)}` : '';
    return `gh run rerun ${runId} --failed${repo}`;
}
function instructions(recipe, file, step, toolchain) {
    const lines = [];
    const where = [recipe.workflow && `workflow "${recipe.workflow}"`, recipe.job && `job "${recipe.job}"`].filter(Boolean).join(', ');
    if (recipe.headSha) {
        const sha = shellWord(recipe.headSha);
        lines.push(`Check out the commit the run built${where ? ` (${where})` : ''}: git fetch origin ${sha} && git checkout ${sha}`);
    }
    else {
        lines.push(`Check out the commit the run built${where ? ` (${where})` : ''}; it is not recorded beside this log`);
    }
    const failingStepInstalls = recipe.command !== undefined && INSTALL_COMMAND.test(recipe.command);
    const install = installCommand(file, step) ?? DEFAULT_INSTALL[toolchain];
    if (!failingStepInstalls) {
        lines.push(install ? `Install dependencies as the workflow does: ${install}` : 'Install dependencies as the workflow does');
    }
    if (recipe.command) {
        const script = recipe.command.split('\n').filter((line) => line.trim() !== '');
        const shown = script.length > 1 ? `${script[0]} (the first of its ${script.length} script lines; the report's command holds them all)` : recipe.command;
        lines.push(`Run the failing step${recipe.step ? ` "${recipe.step}"` : ''} as the workflow does: ${shown}`);
    }
    if (recipe.local && recipe.local !== recipe.command) {
        lines.push(`Run only what failed, with CI behaviour and debug output: ${envPrefix(recipe.debugEnv)}${recipe.local}`);
    }
    if (recipe.rerun)
        lines.push(`Or re-run the failed jobs on GitHub with runner debug logs: ${recipe.rerun} --debug`);
    return lines;
}
/** The first line of an install command run by a step before the failing one. */
function installCommand(file, failing) {
    for (const step of file.steps) {
        if (step === failing)
            break;
        const match = step.command ? INSTALL_COMMAND.exec(step.command) : null;
        if (match)
            return match[0].trim();
    }
    return undefined;
}
function envPrefix(env) {
    const local = Object.entries(env).filter(([name]) => !isRunnerVariable(name));
    return ['CI=true', ...local.map(([name, value]) => `${name}=${shellWord(value)}`)].join(' ') + ' ';
}

;// CONCATENATED MODULE: ./packages/core/src/version.ts
/** prodfix's version, as reported in JSON reports and `--version`. Keep in step with package.json. */
const PRODFIX_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./packages/core/src/analyze.ts












const BASELINE_KEYS_CAP = 500_000;
/**
 * Reads the logs behind `options.paths` and explains every failed job in them: ranked
 * excerpts, classification, failing tests, recurring patterns across files, intermittent
 * failures across runs, reproduction recipes. Logs are streamed; memory stays bounded.
 */
async function analyze(options) {
    const now = options.now ?? Date.now;
    const started = now();
    const logger = options.logger ?? silentLogger;
    const cwd = options.cwd ?? process.cwd();
    const limits = { ...DEFAULT_INPUT_LIMITS, ...options.limits };
    const notes = [];
    const discovered = await discoverSources(options.paths, { cwd, limits, logger });
    notes.push(...discovered.notes);
    const runIndex = await loadRunContexts(discovered.sources, logger, { cwd });
    const logs = discovered.sources.filter((source) => !source.context?.baseline);
    const baselineSources = discovered.sources.filter((source) => source.context?.baseline);
    if (options.baseline && options.baseline.length > 0) {
        try {
            const given = await discoverSources(options.baseline, { cwd, limits, logger });
            notes.push(...given.notes.map((note) => `baseline: ${note}`));
            baselineSources.push(...given.sources);
        }
        catch (error) {
            // A baseline only sharpens the analysis: without one the logs are still explained.
            if (!isConfigurationError(error))
                throw error;
            notes.push(`baseline not used: ${error.message}`);
            logger.warning(`baseline not used: ${error.message}`);
        }
    }
    const baseline = await buildBaseline(baselineSources, logger);
    const hourHistogram = new Array(24).fill(0);
    const patterns = new PatternCollector({ classify: (text) => scoreCategories([{ line: 0, text }])[0]?.category ?? 'unknown' });
    const totalBytes = logs.reduce((sum, source) => sum + source.size, 0);
    let bytesRead = 0;
    const files = [];
    for (const [index, source] of logs.entries()) {
        try {
            const file = await analyzeLog(source, {
                baseline,
                maxFailures: options.maxFailuresPerFile ?? 5,
                maxLineChars: limits.maxLineChars,
                onErrorLine: (line) => {
                    patterns.add(line);
                    if (line.hour !== undefined)
                        hourHistogram[line.hour] = (hourHistogram[line.hour] ?? 0) + 1;
                },
                onBytes: (bytes) => {
                    bytesRead += bytes;
                    options.onProgress?.({ files: index, totalFiles: logs.length, bytes: bytesRead, totalBytes });
                },
            });
            files.push(file);
            logger.debug(`${source.path}: ${file.status} (${file.statusReason}), ${file.failures.length} excerpt(s)`);
        }
        catch (error) {
            // One unreadable log must not lose the others.
            const message = error instanceof Error ? error.message : String(error);
            notes.push(`${source.path}: could not be read (${message})`);
            logger.warning(`${source.path}: could not be read (${message})`);
        }
        options.onProgress?.({ files: index + 1, totalFiles: logs.length, bytes: bytesRead, totalBytes });
    }
    const failed = files.filter((file) => file.status === 'failed');
    const categories = {};
    for (const file of failed) {
        const category = file.classification?.category ?? 'unknown';
        categories[category] = (categories[category] ?? 0) + 1;
    }
    const recipes = failed.flatMap((file) => buildRecipe(file) ?? []);
    return {
        version: REPORT_VERSION,
        tool: { name: 'prodfix', version: PRODFIX_VERSION },
        generatedAt: new Date(now()).toISOString(),
        verdict: verdictOf(files),
        files,
        categories,
        patterns: patterns.result(options.maxPatterns ?? 20),
        intermittent: findIntermittent(files, runIndex),
        recipes,
        hourHistogram,
        stats: {
            files: files.length,
            failed: failed.length,
            lines: files.reduce((sum, file) => sum + file.lines, 0),
            bytes: files.reduce((sum, file) => sum + file.bytes, 0),
            durationMs: now() - started,
        },
        notes,
    };
}
/** Comparison keys of the error-ish lines of passing logs. */
async function buildBaseline(sources, logger) {
    const keys = new Set();
    for (const source of sources) {
        try {
            await collectBaselineKeys(source, keys, BASELINE_KEYS_CAP);
        }
        catch (error) {
            logger.warning(`baseline ${source.path}: could not be read (${error instanceof Error ? error.message : String(error)})`);
        }
    }
    return keys;
}
function verdictOf(files) {
    const failed = files.filter((file) => file.status === 'failed');
    const cancelled = files.filter((file) => file.status === 'cancelled').length;
    if (files.length === 0)
        return 'No logs were read.';
    if (failed.length === 0) {
        return cancelled > 0
            ? `No failed job in ${files.length} log(s); ${cancelled} cancelled.`
            : `No failed job in ${files.length} log(s).`;
    }
    const first = failed[0]?.failures[0];
    const cause = first ? `: ${first.category} — ${first.title}` : '';
    return failed.length === 1
        ? `1 failed job of ${files.length} log(s)${cause}`
        : `${failed.length} failed jobs of ${files.length} log(s); first${cause}`;
}

;// CONCATENATED MODULE: ./packages/core/src/input/lines.ts

const DEFAULT_MAX_LINE_CHARS = 64 * 1024;

async function readLines(chunks, visit, options = {}) {
    return scanByteLines(chunks, (bytes, start, end, lineNumber) => visit(bytes.toString('utf8', start, end), lineNumber), {
        maxLineBytes: options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS,
    });
}

;// CONCATENATED MODULE: ./packages/core/src/input/index.ts
/** Where logs come from and how their bytes become lines: the input layer of the core. */







// EXTERNAL MODULE: ./node_modules/escape-html/index.js
var escape_html = __nccwpck_require__(759);
var escape_html_default = /*#__PURE__*/__nccwpck_require__.n(escape_html);
;// CONCATENATED MODULE: ./packages/core/src/report/markdown/untrusted.ts
/**
 * Turning untrusted log text into Markdown nodes that can't break the document, inject HTML,
 * mention people or link issues. Every string that came from a log goes through here.
 */

/** C0/C1 controls (tab kept) and bidirectional overrides (which can disguise text). */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** A word GitHub would turn into a mention, an issue reference or a link. */
const LINKABLE_WORD = /@|#\d|\bGH-\d|:\/\/|^www\./i;
/** Removes characters that a reader can't see but that change how text reads or renders. */
function untrusted_clean(text) {
    return text.replace(INVISIBLE, '');
}
/** One line, whitespace collapsed, at most `maxChars` characters (an ellipsis marks a cut). */
function oneLine(text, maxChars) {
    const flat = untrusted_clean(text).replace(/\s+/g, ' ').trim();
    return flat.length > maxChars ? `${flat.slice(0, Math.max(0, maxChars - 1))}…` : flat;
}
/** A code span: never a mention, link or HTML; pipes are escaped by the table extension. */
function codeSpan(text, maxChars) {
    return { type: 'inlineCode', value: oneLine(text, maxChars) };
}
/** A fenced code block; the serializer picks a fence longer than any backtick run inside. */
function codeBlock(text, lang = 'text') {
    return { type: 'code', lang, value: untrusted_clean(text) };
}
/**
 * Prose from untrusted text: plain words stay text (the serializer escapes Markdown syntax
 * and `<`), words that GitHub would link (`@user`, `#123`, URLs) become code spans.
 */
function prose(text, maxChars) {
    const nodes = [];
    let plain = '';
    for (const part of oneLine(text, maxChars).split(/(\s+)/)) {
        if (LINKABLE_WORD.test(part)) {
            if (plain)
                nodes.push({ type: 'text', value: plain });
            plain = '';
            nodes.push({ type: 'inlineCode', value: part });
        }
        else {
            plain += part;
        }
    }
    if (plain)
        nodes.push({ type: 'text', value: plain });
    return nodes;
}
/** Text for a raw HTML context (a `<summary>`): one line, escaped, inside `<code>` so nothing links. */
function htmlCode(text, maxChars) {
    return `<code>${escape_html_default()(oneLine(text, maxChars))}</code>`;
}

;// CONCATENATED MODULE: ./packages/core/src/report/annotations.ts



/** The most annotations GitHub shows for one job (per step: 10 errors and 10 warnings). */
const RUNNER_ANNOTATION_LIMIT = 50;
/** Most excerpt lines quoted in one annotation's message. */
const MESSAGE_LINES = 20;
/** Longest message kept (characters). */
const MESSAGE_CHARS = 4000;
function jobLabel(file) {
    return file.context?.jobName ?? file.path;
}
function messageOf(file, failure) {
    const lines = [failure.title, '', `${file.path}:${failure.errorLine}`];
    const excerpt = failure.lines.slice(0, MESSAGE_LINES);
    if (excerpt.length > 0)
        lines.push('', ...excerpt);
    if (failure.lines.length > excerpt.length)
        lines.push(`… ${failure.lines.length - excerpt.length} more lines in the report`);
    // Log text is untrusted: no control or bidi characters in what the runner shows.
    const message = clean(lines.join('\n'));
    return message.length > MESSAGE_CHARS ? `${message.slice(0, MESSAGE_CHARS)}…` : message;
}
function toAnnotation(candidate, options) {
    const { file, failure } = candidate;
    const annotation = {
        level: candidate.level,
        title: clean(`${failure.category}: ${jobLabel(file)}`),
        message: messageOf(file, failure),
    };
    const repoFile = failure.location ? toRepoPath(failure.location.file, options) : undefined;
    if (repoFile && failure.location) {
        annotation.file = repoFile;
        if (failure.location.line !== undefined)
            annotation.startLine = failure.location.line;
        if (failure.location.column !== undefined && failure.location.line !== undefined) {
            annotation.startColumn = failure.location.column;
        }
    }
    return annotation;
}
/** Identity of a cause for deduplication: the same message at the same place is one annotation. */
function dedupeKey(annotation, failure) {
    const where = annotation.file ? `${annotation.file}:${annotation.startLine ?? ''}` : '';
    return `${failure.category}\u0000${failure.title.trim().toLowerCase()}\u0000${where}`;
}
function failedFiles(report) {
    return report.files.filter((file) => file.status === 'failed' && file.failures.length > 0);
}
function byConfidence(a, b) {
    return b.failure.confidence - a.failure.confidence;
}
/**
 * The annotations worth showing for a report: first the top cause of each failed job (errors,
 * most confident first), then further causes that point at a source file (warnings), with the
 * same cause seen in several jobs shown once, and no more than `max` in all.
 */
function selectAnnotations(report, options) {
    const max = Math.max(0, Math.min(RUNNER_ANNOTATION_LIMIT, Math.floor(options.max)));
    const files = failedFiles(report);
    const topCauses = files
        .flatMap((file) => {
        const failure = topFailure(file);
        return failure ? [{ level: 'error', file, failure }] : [];
    })
        .sort(byConfidence);
    const locatedCauses = files
        .flatMap((file) => file.failures
        .filter((failure) => failure.rank > 1 && failure.location)
        .map((failure) => ({ level: 'warning', file, failure })))
        .sort(byConfidence);
    const selected = [];
    const seen = new Set();
    for (const candidate of [...topCauses, ...locatedCauses]) {
        if (selected.length >= max)
            break;
        const annotation = toAnnotation(candidate, options);
        const key = dedupeKey(annotation, candidate.failure);
        if (seen.has(key))
            continue;
        seen.add(key);
        selected.push(annotation);
    }
    return selected;
}

;// CONCATENATED MODULE: ./packages/core/src/report/job-category.ts
/** A job's best explanation: its rank-1 failure (lowest rank), if it has any. */
function job_category_topFailure(file) {
    return file.failures.reduce((best, failure) => (!best || failure.rank < best.rank ? failure : best), undefined);
}
/** The class a job counts under: its classification, else its top failure's, else `unknown`. */
function jobCategory(file) {
    return file.classification?.category ?? job_category_topFailure(file)?.category ?? 'unknown';
}

;// CONCATENATED MODULE: ./packages/core/src/report/fail-on.ts



/** Every word `fail-on` accepts, in the order the error message lists them. */
const FAIL_ON_VALUES = ['none', 'any', ...CATEGORIES];
/**
 * Parses a `fail-on` value: `none` (or empty), `any`, or categories, separated by commas,
 * spaces or newlines, case-insensitive. An unknown word is a ConfigurationError naming it and
 * listing the allowed values; `label` says which option it was (`fail-on`, `--fail-on`).
 */
function parseFailOn(value, label = 'fail-on') {
    const words = value.split(/[\s,]+/).map((word) => word.trim().toLowerCase()).filter(Boolean);
    const unknown = words.filter((word) => !FAIL_ON_VALUES.includes(word));
    if (unknown.length > 0) {
        const named = unknown.map((word) => `"${word}"`).join(', ');
        throw new ConfigurationError(`${label}: unknown value ${named}; allowed values: ${FAIL_ON_VALUES.join(', ')}`);
    }
    if (words.includes('none')) {
        if (words.length > 1)
            throw new ConfigurationError(`${label}: "none" can't be combined with other values`);
        return [];
    }
    return [...new Set(words)];
}
/** The failed jobs that `selectors` name (every failed job for `any`; none for an empty list). */
function matchFailOn(report, selectors) {
    if (selectors.length === 0)
        return [];
    const any = selectors.includes('any');
    return report.files.filter((file) => file.status === 'failed' && (any || selectors.includes(jobCategory(file))));
}

;// CONCATENATED MODULE: ./packages/core/src/report/json.ts


/** The `$id` of the JSON Schema the report follows (`packages/core/schema/report.schema.json`). */
const REPORT_SCHEMA_ID = 'urn:prodfix:schema:report:v1';
/** The report as JSON text: two-space indented, with a final newline, keys in model order. */
function renderJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
/** Writes the JSON report to `path`, creating its folder. */
async function writeJsonReport(report, path) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, renderJson(report), 'utf8');
}

;// CONCATENATED MODULE: ./node_modules/markdown-table/index.js
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/blockquote.js
/**
 * @import {Blockquote, Parents} from 'mdast'
 * @import {Info, Map, State} from 'mdast-util-to-markdown'
 */

/**
 * Serialize a blockquote node.
 *
 * @param {Blockquote} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function blockquote(node, _, state, info) {
  const exit = state.enter('blockquote')
  const tracker = state.createTracker(info)
  tracker.move('> ')
  tracker.shift(2)
  const value = state.indentLines(
    state.containerFlow(node, tracker.current()),
    map
  )
  exit()
  return value
}

/**
 * Indent lines w/ blockquote markers.
 *
 * @type {Map}
 */
function map(line, _, blank) {
  return '>' + (blank ? '' : ' ') + line
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/pattern-in-scope.js
/**
 * @import {ConstructName, Unsafe} from 'mdast-util-to-markdown'
 */

/**
 * Check if a pattern is in scope based on the current stack of constructs.
 *
 * @param {Array<ConstructName>} stack
 *   Current stack of constructs.
 * @param {Unsafe} pattern
 *   Pattern to check.
 * @returns {boolean}
 *   Whether the pattern is in scope.
 */
function patternInScope(stack, pattern) {
  return (
    listInScope(stack, pattern.inConstruct, true) &&
    !listInScope(stack, pattern.notInConstruct, false)
  )
}

/**
 * Check if any of the constructs in the list are present in the stack.
 *
 * @param {Array<ConstructName>} stack
 *   Current stack of constructs.
 * @param {Unsafe['inConstruct']} list
 *   List of constructs to check for in the stack.
 * @param {boolean} none
 *   Value to return if the list is empty or not provided.
 * @returns {boolean}
 *   Whether any of the constructs in the list are present in the stack.
 */
function listInScope(stack, list, none) {
  if (typeof list === 'string') {
    list = [list]
  }

  if (!list || list.length === 0) {
    return none
  }

  let index = -1

  while (++index < list.length) {
    if (stack.includes(list[index])) {
      return true
    }
  }

  return false
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/break.js
/**
 * @import {Break, Parents} from 'mdast'
 * @import {Info, State} from 'mdast-util-to-markdown'
 */



/**
 * Serialize a break node.
 *
 * @param {Break} _
 *   Node to serialize.
 * @param {Parents | undefined} _1
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function hardBreak(_, _1, state, info) {
  let index = -1

  while (++index < state.unsafe.length) {
    const pattern = state.unsafe[index]

    // If we can’t put unconditional eols in this construct (setext headings,
    // tables), use a space instead.
    if (
      pattern.character === '\n' &&
      !pattern.before &&
      !pattern.after &&
      patternInScope(state.stack, pattern)
    ) {
      return /[\t ]/.test(info.before) ? '' : ' '
    }
  }

  return '\\\n'
}

;// CONCATENATED MODULE: ./node_modules/longest-streak/index.js
/**
 * Get the count of the longest repeating streak of `substring` in `value`.
 *
 * @param {string} value
 *   Content to search in.
 * @param {string} substring
 *   Substring to look for, typically one character.
 * @returns {number}
 *   Count of most frequent adjacent `substring`s in `value`.
 */
function longestStreak(value, substring) {
  const source = String(value)
  let index = source.indexOf(substring)
  let expected = index
  let count = 0
  let max = 0

  if (typeof substring !== 'string') {
    throw new TypeError('Expected substring')
  }

  while (index !== -1) {
    if (index === expected) {
      if (++count > max) {
        max = count
      }
    } else {
      count = 1
    }

    expected = index + substring.length
    index = source.indexOf(substring, expected)
  }

  return max
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/format-code-as-indented.js
/**
 * @import {State} from 'mdast-util-to-markdown'
 * @import {Code} from 'mdast'
 */

/**
 * Checks if a code block can be formatted as an indented code block.
 *
 * @param {Code} node
 *   Node to check.
 * @param {State} state
 *   Info passed around.
 * @returns {boolean}
 *   Whether the code can be formatted as an indented code block.
 */
function formatCodeAsIndented(node, state) {
  return Boolean(
    state.options.fences === false &&
    node.value &&
    // If there’s no info…
    !node.lang &&
    // And there’s a non-whitespace character…
    /[^\n\r ]/.test(node.value) &&
    // And the value doesn’t start or end in a blank…
    !/^[\t ]*(?:[\n\r]|$)|(?:^|[\n\r])[\t ]*$/.test(node.value)
  )
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/check-fence.js
/**
 * @import {Options, State} from 'mdast-util-to-markdown'
 */

/**
 * Checks the preferred fence option.
 *
 * @param {State} state
 *   Info passed around.
 * @returns {Exclude<Options['fence'], null | undefined>}
 *   Preferred fence marker.
 */
function checkFence(state) {
  const marker = state.options.fence || '`'

  if (marker !== '`' && marker !== '~') {
    throw new Error(
      'Cannot serialize code with `' +
        marker +
        '` for `options.fence`, expected `` ` `` or `~`'
    )
  }

  return marker
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/code.js
/**
 * @import {Info, Map, State} from 'mdast-util-to-markdown'
 * @import {Code, Parents} from 'mdast'
 */





/**
 * Serialize a code node.
 *
 * @param {Code} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function code(node, _, state, info) {
  const marker = checkFence(state)
  const raw = node.value || ''

  if (formatCodeAsIndented(node, state)) {
    const exit = state.enter('codeIndented')
    const value = state.indentLines(raw, code_map)
    exit()
    return value
  }

  const tracker = state.createTracker(info)
  const sequence = marker.repeat(Math.max(longestStreak(raw, marker) + 1, 3))
  const exit = state.enter('codeFenced')
  const suffix = marker === '`' ? 'GraveAccent' : 'Tilde'
  let value = tracker.move(sequence)

  if (node.lang) {
    const subexit = state.enter(`codeFencedLang${suffix}`)
    value += tracker.move(
      state.safe(node.lang, {
        before: value,
        after: ' ',
        encode: ['`'],
        ...tracker.current()
      })
    )
    subexit()
  }

  if (node.lang && node.meta) {
    const subexit = state.enter(`codeFencedMeta${suffix}`)
    value += tracker.move(' ')
    value += tracker.move(
      state.safe(node.meta, {
        before: value,
        after: '\n',
        encode: ['`'],
        ...tracker.current()
      })
    )
    subexit()
  }

  value += tracker.move('\n')

  if (raw) {
    value += tracker.move(raw + '\n')
  }

  value += tracker.move(sequence)
  exit()
  return value
}

/**
 * Indent lines w/ code indent.
 *
 * @type {Map}
 */
function code_map(line, _, blank) {
  return (blank ? '' : '    ') + line
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/check-quote.js
/**
 * @import {Options, State} from 'mdast-util-to-markdown'
 */

/**
 * Checks the preferred quote option.
 *
 * @param {State} state
 *   Info passed around.
 * @returns {Exclude<Options['quote'], null | undefined>}
 *   Preferred quote.
 */
function checkQuote(state) {
  const marker = state.options.quote || '"'

  if (marker !== '"' && marker !== "'") {
    throw new Error(
      'Cannot serialize title with `' +
        marker +
        '` for `options.quote`, expected `"`, or `\'`'
    )
  }

  return marker
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/definition.js
/**
 * @import {Info, State} from 'mdast-util-to-markdown'
 * @import {Definition, Parents} from 'mdast'
 */



/**
 * Serialize a definition node.
 *
 * @param {Definition} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function definition(node, _, state, info) {
  const quote = checkQuote(state)
  const suffix = quote === '"' ? 'Quote' : 'Apostrophe'
  const exit = state.enter('definition')
  let subexit = state.enter('label')
  const tracker = state.createTracker(info)
  let value = tracker.move('[')
  value += tracker.move(
    state.safe(state.associationId(node), {
      before: value,
      after: ']',
      ...tracker.current()
    })
  )
  value += tracker.move(']: ')

  subexit()

  if (
    // If there’s no url, or…
    !node.url ||
    // If there are control characters, whitespace, or a leading `<`.
    /^<|[\0- \u007F]/.test(node.url)
  ) {
    subexit = state.enter('destinationLiteral')
    value += tracker.move('<')
    value += tracker.move(
      state.safe(node.url, {before: value, after: '>', ...tracker.current()})
    )
    value += tracker.move('>')
  } else {
    // No whitespace, raw is prettier.
    subexit = state.enter('destinationRaw')
    value += tracker.move(
      state.safe(node.url, {
        before: value,
        after: node.title ? ' ' : '\n',
        ...tracker.current()
      })
    )
  }

  subexit()

  if (node.title) {
    subexit = state.enter(`title${suffix}`)
    value += tracker.move(' ' + quote)
    value += tracker.move(
      state.safe(node.title, {
        before: value,
        after: quote,
        ...tracker.current()
      })
    )
    value += tracker.move(quote)
    subexit()
  }

  exit()

  return value
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/check-emphasis.js
/**
 * @import {Options, State} from 'mdast-util-to-markdown'
 */

/**
 * Checks the preferred emphasis option.
 *
 * @param {State} state
 *   Info passed around.
 * @returns {Exclude<Options['emphasis'], null | undefined>}
 *   Preferred emphasis marker.
 */
function checkEmphasis(state) {
  const marker = state.options.emphasis || '*'

  if (marker !== '*' && marker !== '_') {
    throw new Error(
      'Cannot serialize emphasis with `' +
        marker +
        '` for `options.emphasis`, expected `*`, or `_`'
    )
  }

  return marker
}

;// CONCATENATED MODULE: ./node_modules/micromark-util-character/index.js
/**
 * @import {Code} from 'micromark-util-types'
 */

/**
 * Check whether the character code represents an ASCII alpha (`a` through `z`,
 * case insensitive).
 *
 * An **ASCII alpha** is an ASCII upper alpha or ASCII lower alpha.
 *
 * An **ASCII upper alpha** is a character in the inclusive range U+0041 (`A`)
 * to U+005A (`Z`).
 *
 * An **ASCII lower alpha** is a character in the inclusive range U+0061 (`a`)
 * to U+007A (`z`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiAlpha = regexCheck(/[A-Za-z]/);

/**
 * Check whether the character code represents an ASCII alphanumeric (`a`
 * through `z`, case insensitive, or `0` through `9`).
 *
 * An **ASCII alphanumeric** is an ASCII digit (see `asciiDigit`) or ASCII alpha
 * (see `asciiAlpha`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);

/**
 * Check whether the character code represents an ASCII atext.
 *
 * atext is an ASCII alphanumeric (see `asciiAlphanumeric`), or a character in
 * the inclusive ranges U+0023 NUMBER SIGN (`#`) to U+0027 APOSTROPHE (`'`),
 * U+002A ASTERISK (`*`), U+002B PLUS SIGN (`+`), U+002D DASH (`-`), U+002F
 * SLASH (`/`), U+003D EQUALS TO (`=`), U+003F QUESTION MARK (`?`), U+005E
 * CARET (`^`) to U+0060 GRAVE ACCENT (`` ` ``), or U+007B LEFT CURLY BRACE
 * (`{`) to U+007E TILDE (`~`).
 *
 * See:
 * **\[RFC5322]**:
 * [Internet Message Format](https://tools.ietf.org/html/rfc5322).
 * P. Resnick.
 * IETF.
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);

/**
 * Check whether a character code is an ASCII control character.
 *
 * An **ASCII control** is a character in the inclusive range U+0000 NULL (NUL)
 * to U+001F (US), or U+007F (DEL).
 *
 * @param {Code} code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
function asciiControl(code) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code !== null && (code < 32 || code === 127)
  );
}

/**
 * Check whether the character code represents an ASCII digit (`0` through `9`).
 *
 * An **ASCII digit** is a character in the inclusive range U+0030 (`0`) to
 * U+0039 (`9`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiDigit = regexCheck(/\d/);

/**
 * Check whether the character code represents an ASCII hex digit (`a` through
 * `f`, case insensitive, or `0` through `9`).
 *
 * An **ASCII hex digit** is an ASCII digit (see `asciiDigit`), ASCII upper hex
 * digit, or an ASCII lower hex digit.
 *
 * An **ASCII upper hex digit** is a character in the inclusive range U+0041
 * (`A`) to U+0046 (`F`).
 *
 * An **ASCII lower hex digit** is a character in the inclusive range U+0061
 * (`a`) to U+0066 (`f`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiHexDigit = regexCheck(/[\dA-Fa-f]/);

/**
 * Check whether the character code represents ASCII punctuation.
 *
 * An **ASCII punctuation** is a character in the inclusive ranges U+0021
 * EXCLAMATION MARK (`!`) to U+002F SLASH (`/`), U+003A COLON (`:`) to U+0040 AT
 * SIGN (`@`), U+005B LEFT SQUARE BRACKET (`[`) to U+0060 GRAVE ACCENT
 * (`` ` ``), or U+007B LEFT CURLY BRACE (`{`) to U+007E TILDE (`~`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);

/**
 * Check whether a character code is a markdown line ending.
 *
 * A **markdown line ending** is the virtual characters M-0003 CARRIAGE RETURN
 * LINE FEED (CRLF), M-0004 LINE FEED (LF) and M-0005 CARRIAGE RETURN (CR).
 *
 * In micromark, the actual character U+000A LINE FEED (LF) and U+000D CARRIAGE
 * RETURN (CR) are replaced by these virtual characters depending on whether
 * they occurred together.
 *
 * @param {Code} code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
function markdownLineEnding(code) {
  return code !== null && code < -2;
}

/**
 * Check whether a character code is a markdown line ending (see
 * `markdownLineEnding`) or markdown space (see `markdownSpace`).
 *
 * @param {Code} code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
function markdownLineEndingOrSpace(code) {
  return code !== null && (code < 0 || code === 32);
}

/**
 * Check whether a character code is a markdown space.
 *
 * A **markdown space** is the concrete character U+0020 SPACE (SP) and the
 * virtual characters M-0001 VIRTUAL SPACE (VS) and M-0002 HORIZONTAL TAB (HT).
 *
 * In micromark, the actual character U+0009 CHARACTER TABULATION (HT) is
 * replaced by one M-0002 HORIZONTAL TAB (HT) and between 0 and 3 M-0001 VIRTUAL
 * SPACE (VS) characters, depending on the column at which the tab occurred.
 *
 * @param {Code} code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
function markdownSpace(code) {
  return code === -2 || code === -1 || code === 32;
}

// Size note: removing ASCII from the regex and using `asciiPunctuation` here
// In fact adds to the bundle size.
/**
 * Check whether the character code represents Unicode punctuation.
 *
 * A **Unicode punctuation** is a character in the Unicode `Pc` (Punctuation,
 * Connector), `Pd` (Punctuation, Dash), `Pe` (Punctuation, Close), `Pf`
 * (Punctuation, Final quote), `Pi` (Punctuation, Initial quote), `Po`
 * (Punctuation, Other), or `Ps` (Punctuation, Open) categories, or an ASCII
 * punctuation (see `asciiPunctuation`).
 *
 * See:
 * **\[UNICODE]**:
 * [The Unicode Standard](https://www.unicode.org/versions/).
 * Unicode Consortium.
 *
 * @param code
 *   Code.
 * @returns
 *   Whether it matches.
 */
const unicodePunctuation = regexCheck(/\p{P}|\p{S}/u);

/**
 * Check whether the character code represents Unicode whitespace.
 *
 * Note that this does handle micromark specific markdown whitespace characters.
 * See `markdownLineEndingOrSpace` to check that.
 *
 * A **Unicode whitespace** is a character in the Unicode `Zs` (Separator,
 * Space) category, or U+0009 CHARACTER TABULATION (HT), U+000A LINE FEED (LF),
 * U+000C (FF), or U+000D CARRIAGE RETURN (CR) (**\[UNICODE]**).
 *
 * See:
 * **\[UNICODE]**:
 * [The Unicode Standard](https://www.unicode.org/versions/).
 * Unicode Consortium.
 *
 * @param code
 *   Code.
 * @returns
 *   Whether it matches.
 */
const unicodeWhitespace = regexCheck(/\s/);

/**
 * Create a code check from a regex.
 *
 * @param {RegExp} regex
 *   Expression.
 * @returns {(code: Code) => boolean}
 *   Check.
 */
function regexCheck(regex) {
  return check;

  /**
   * Check whether a code matches the bound regex.
   *
   * @param {Code} code
   *   Character code.
   * @returns {boolean}
   *   Whether the character code matches the bound regex.
   */
  function check(code) {
    return code !== null && code > -1 && regex.test(String.fromCharCode(code));
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-util-classify-character/index.js
/**
 * @import {Code} from 'micromark-util-types'
 */


/**
 * Classify whether a code represents whitespace, punctuation, or something
 * else.
 *
 * Used for attention (emphasis, strong), whose sequences can open or close
 * based on the class of surrounding characters.
 *
 * > 👉 **Note**: eof (`null`) is seen as whitespace.
 *
 * @param {Code} code
 *   Code.
 * @returns {typeof constants.characterGroupWhitespace | typeof constants.characterGroupPunctuation | undefined}
 *   Group.
 */
function classifyCharacter(code) {
  if (code === null || markdownLineEndingOrSpace(code) || unicodeWhitespace(code)) {
    return 1;
  }
  if (unicodePunctuation(code)) {
    return 2;
  }
}
;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/character.js
/**
 * Get the first character of a value.
 *
 * Is aware of astral characters (such as emoji).
 *
 * @param {string} value
 *   Value.
 * @returns {string}
 *   First character; empty if `value` is empty.
 */
function firstCharacter(value) {
  const code = value.codePointAt(0)
  return code === undefined ? '' : String.fromCodePoint(code)
}

/**
 * Get the last character of a value.
 *
 * Is aware of astral characters (such as emoji).
 *
 * @param {string} value
 *   Value.
 * @returns {string}
 *   Last character; empty if `value` is empty.
 */
function lastCharacter(value) {
  // Only a surrogate pair gives a code point above the BMP.
  const code = value.codePointAt(value.length - 2)
  return code !== undefined && code > 0xff_ff
    ? value.slice(-2)
    : value.slice(-1)
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/encode-character-reference.js
/**
 * Encode a code point as a character reference.
 *
 * @param {number} code
 *   Code point to encode.
 * @returns {string}
 *   Encoded character reference.
 */
function encodeCharacterReference(code) {
  return '&#x' + code.toString(16).toUpperCase() + ';'
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/encode-info.js
/**
 * @import {EncodeSides} from '../types.js'
 */



/**
 * Check whether to encode (as a character reference) the characters
 * surrounding an attention run.
 *
 * Which characters are around an attention run influence whether it works or
 * not.
 *
 * See <https://github.com/orgs/syntax-tree/discussions/60> for more info.
 * See this markdown in a particular renderer to see what works:
 *
 * ```markdown
 * |                         | A (letter inside) | B (punctuation inside) | C (whitespace inside) | D (nothing inside) |
 * | ----------------------- | ----------------- | ---------------------- | --------------------- | ------------------ |
 * | 1 (letter outside)      | x*y*z             | x*.*z                  | x* *z                 | x**z               |
 * | 2 (punctuation outside) | .*y*.             | .*.*.                  | .* *.                 | .**.               |
 * | 3 (whitespace outside)  | x *y* z           | x *.* z                | x * * z               | x ** z             |
 * | 4 (nothing outside)     | *x*               | *.*                    | * *                   | **                 |
 * ```
 *
 * @param {number} outside
 *   Code point on the outer side of the run.
 * @param {number} inside
 *   Code point on the inner side of the run.
 * @param {string} marker
 *   Marker of the run.
 *   Underscores are handled more strictly (they form less often) than
 *   asterisks.
 * @returns {EncodeSides}
 *   Whether to encode characters.
 */
// Important: punctuation must never be encoded.
// Punctuation is solely used by markdown constructs.
// And by encoding itself.
// Encoding them will break constructs or double encode things.
function encodeInfo(outside, inside, marker) {
  const outsideKind = classifyCharacter(outside)
  const insideKind = classifyCharacter(inside)

  // Letter outside:
  if (outsideKind === undefined) {
    return insideKind === undefined
      ? // Letter inside:
        // we have to encode *both* letters for `_` as it is looser.
        // it already forms for `*` (and GFMs `~`).
        marker === '_'
        ? {inside: true, outside: true}
        : {inside: false, outside: false}
      : insideKind === 1
        ? // Whitespace inside: encode both (letter, whitespace).
          {inside: true, outside: true}
        : // Punctuation inside: encode outer (letter)
          {inside: false, outside: true}
  }

  // Whitespace outside:
  if (outsideKind === 1) {
    return insideKind === undefined
      ? // Letter inside: already forms.
        {inside: false, outside: false}
      : insideKind === 1
        ? // Whitespace inside: encode both (whitespace).
          {inside: true, outside: true}
        : // Punctuation inside: already forms.
          {inside: false, outside: false}
  }

  // Punctuation outside:
  return insideKind === undefined
    ? // Letter inside: already forms.
      {inside: false, outside: false}
    : insideKind === 1
      ? // Whitespace inside: encode inner (whitespace).
        {inside: true, outside: false}
      : // Punctuation inside: already forms.
        {inside: false, outside: false}
}

;// CONCATENATED MODULE: ./node_modules/micromark-util-html-tag-name/index.js
/**
 * List of lowercase HTML “block” tag names.
 *
 * The list, when parsing HTML (flow), results in more relaxed rules (condition
 * 6).
 * Because they are known blocks, the HTML-like syntax doesn’t have to be
 * strictly parsed.
 * For tag names not in this list, a more strict algorithm (condition 7) is used
 * to detect whether the HTML-like syntax is seen as HTML (flow) or not.
 *
 * This is copied from:
 * <https://spec.commonmark.org/0.30/#html-blocks>.
 *
 * > 👉 **Note**: `search` was added in `CommonMark@0.31`.
 */
const htmlBlockNames = [
  'address',
  'article',
  'aside',
  'base',
  'basefont',
  'blockquote',
  'body',
  'caption',
  'center',
  'col',
  'colgroup',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frame',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hr',
  'html',
  'iframe',
  'legend',
  'li',
  'link',
  'main',
  'menu',
  'menuitem',
  'nav',
  'noframes',
  'ol',
  'optgroup',
  'option',
  'p',
  'param',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'track',
  'ul'
]

/**
 * List of lowercase HTML “raw” tag names.
 *
 * The list, when parsing HTML (flow), results in HTML that can include lines
 * without exiting, until a closing tag also in this list is found (condition
 * 1).
 *
 * This module is copied from:
 * <https://spec.commonmark.org/0.30/#html-blocks>.
 *
 * > 👉 **Note**: `textarea` was added in `CommonMark@0.30`.
 */
const htmlRawNames = ['pre', 'script', 'style', 'textarea']

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/html-kind.js



/**
 * @typedef {1 | 2 | 3 | 4 | 5 | 6 | 7} Kind
 *   Kind of HTML (flow) element.
 */

/**
 * Infer the kind of HTML that `value` is.
 *
 * This works on valid trees as produced by `micromark`.
 * Kinds:
 *
 * 1. raw
 * 2. comment
 * 3. instruction
 * 4. declaration
 * 5. cdata
 * 6. block
 * 7. other
 *
 * See: <https://spec.commonmark.org/0.31.2/#html-blocks>.
 *
 * @param {string} value
 *   HTML.
 * @returns {Kind | undefined}
 *   Kind; `undefined` if unknown.
 */
function htmlKind(value) {
  if (value.charCodeAt(0) !== 60 /* `<` */) return

  const next = value.charCodeAt(1)

  if (next === 33 /* `!` */) {
    const code = value.charCodeAt(2)
    if (code === 45 /* `-` */) return 2
    if (code === 91 /* `[` */) return 5
    if (asciiAlpha(code)) return 4
    return
  }

  if (next === 63 /* `?` */) return 3

  const closing = next === 47 /* `/` */
  const start = closing ? 2 : 1
  let end = start
  let code = value.charCodeAt(end)

  if (!asciiAlpha(code)) return

  while (code === 45 /* `-` */ || asciiAlphanumeric(code)) {
    code = value.charCodeAt(++end)
  }

  const name = value.slice(start, end).toLowerCase()

  if (!closing && code !== 47 /* `/` */ && htmlRawNames.includes(name)) {
    return 1
  }

  return htmlBlockNames.includes(name) ? 6 : 7
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/container-phrasing.js
/**
 * @import {Attention, Handle, Info, State, Tracker} from 'mdast-util-to-markdown'
 * @import {PhrasingParents} from '../types.js'
 */








/**
 * Markers for builtin attention (emphasis, strong) to whether they are stricter:
 * whether they cannot open and close inside words.
 *
 * Builtin runs pair following CommonMark rules for emphasis and strong:
 * they are split,
 * using one or two markers at a time,
 * with the rule of 3.
 * Other markers pair like GFM strikethrough:
 * whole runs pair with a run of the same size.
 *
 * @type {Map<string, boolean>}
 */
const builtins = new Map([
  ['*', false],
  ['_', true]
])

/**
 * @typedef AttentionResult
 *   Attention, of which the sequence is chosen later.
 * @property {Array<Item>} children
 *   Serialized children.
 * @property {Array<string>} sequences
 *   Sequences that can be used, in order of preference.
 */

/**
 * @typedef Improvement
 *   Improvement of attention sequences.
 * @property {Map<AttentionResult, string>} chosen
 *   Chosen sequences for each attention.
 * @property {Array<Token>} tokens
 *   Tokens involved in the improvement.
 * @property {Mistake | undefined} mistake
 *   Mistake that led to this improvement, if any.
 */

/**
 * @typedef {AttentionResult | string} Item
 *   Serialized phrasing.
 */

/**
 * @typedef Mistake
 *   Sequence that does not form its attention.
 * @property {Array<AttentionResult>} attention
 *   Attention to try other sequences for.
 * @property {number} index
 *   Index of the token.
 */

/**
 * @typedef Run
 *   Sequences next to each other with the same marker.
 * @property {boolean} close
 *   Whether it can close.
 * @property {number} end
 *   Index after the last marker not used (to open).
 * @property {Array<Token>} markers
 *   Sequence of each marker.
 * @property {boolean} open
 *   Whether it can open.
 * @property {boolean} split
 *   Whether it can be split (built-in attention).
 * @property {number} start
 *   Index of the first marker not used (to close).
 * @property {Array<Token>} tokens
 *   Sequences.
 */

/**
 * @typedef Token
 *   Rendered phrasing.
 * @property {AttentionResult | undefined} attention
 *   Attention, if this is one of its sequences.
 * @property {string} value
 *   Value.
 */

/**
 * Get candidates for a mistake:
 * attention to try other sequences for,
 * later first.
 *
 * @param {Array<Token>} tokens
 *   Tokens.
 * @param {Array<Token>} involved
 *   Sequences involved in the mistake.
 * @param {Map<Token, Run>} runOf
 *   Run of each sequence.
 * @returns {Array<AttentionResult>}
 *   Candidates.
 */
function candidates(tokens, involved, runOf) {
  /** @type {Set<AttentionResult | undefined>} */
  const related = new Set()

  // The attention involved, and attention in runs with its sequences.
  for (const token of tokens) {
    const siblings = runOf.get(token)
    if (
      siblings &&
      token.attention &&
      involved.some((d) => d.attention === token.attention)
    ) {
      for (const sibling of siblings.tokens) {
        related.add(sibling.attention)
      }
    }
  }

  /** @type {Array<AttentionResult>} */
  const ordered = []

  for (const token of tokens) {
    if (token.attention && related.delete(token.attention)) {
      ordered.push(token.attention)
    }
  }

  // Later first: attention that opens later is inner or next.
  ordered.reverse()
  return ordered
}

/**
 * Check whether sequences form their attention, like `micromark`.
 *
 * Sequences of `*` and `_` pair like emphasis and strong in CommonMark,
 * others like strikethrough in GFM.
 *
 * @param {Array<Token>} tokens
 *   Tokens.
 * @param {string} before
 *   Characters before.
 * @param {string} after
 *   Characters after.
 * @returns {Mistake | undefined}
 *   First mistake, if any.
 */
function check(tokens, before, after) {
  /** @type {Array<Run>} */
  const runs = []
  /** @type {Map<Token, Array<Token>>} */
  const wrong = new Map()
  /** @type {Map<Token, Run>} */
  const runOf = new Map()
  let index = 0

  while (index < tokens.length) {
    if (!tokens[index].attention) {
      index++
      continue
    }

    const marker = tokens[index].value.charAt(0)
    const strict = builtins.get(marker)
    let end = index + 1

    while (
      end < tokens.length &&
      tokens[end].attention &&
      tokens[end].value.charAt(0) === marker
    ) {
      end++
    }

    const head = index ? tokens[index - 1].value : before
    const previous = classifyCharacter(head.charCodeAt(head.length - 1))
    const next = classifyCharacter(
      (end < tokens.length ? tokens[end].value : after).charCodeAt(0)
    )
    const open = !next || (next === 2 && Boolean(previous))
    const close = !previous || (previous === 2 && Boolean(next))
    /** @type {Run} */
    const run = {
      tokens: tokens.slice(index, end),
      markers: [],
      start: 0,
      end: 0,
      // Underscores are strict, they cannot open or close inside words.
      open: strict ? open && (Boolean(previous) || !close) : open,
      close: strict ? close && (Boolean(next) || !open) : close,
      // All builtins can split runs.
      split: strict !== undefined
    }

    for (const token of run.tokens) {
      // Every sequence is wrong until it pairs with its other sequence.
      wrong.set(token, [...run.tokens])
      runOf.set(token, run)
      let size = token.value.length
      while (size--) run.markers.push(token)
    }

    run.end = run.markers.length
    runs.push(run)
    index = end
  }

  pair(runs, wrong)

  index = -1

  while (++index < tokens.length) {
    const involved = wrong.get(tokens[index])
    if (involved) return {attention: candidates(tokens, involved, runOf), index}
  }
}

/**
 * Serialize the children of a parent that contains phrasing children.
 *
 * @param {PhrasingParents} parent
 *   Parent of phrasing nodes.
 * @param {State} state
 *   Info passed around about the current state.
 * @param {Info} info
 *   Info on where we are in the document we are generating.
 * @returns {string}
 *   Serialized result.
 */
function containerPhrasing(parent, state, info) {
  return container_phrasing_serialize(phrasing(parent, state, info), info.before, info.after)
}

/**
 * Encode the first or last character of tokens as a character reference,
 * if it is text.
 *
 * @param {Array<Token>} tokens
 *   Tokens.
 * @param {boolean} start
 *   Whether to encode the first or last character.
 * @returns {undefined}
 *   Nothing.
 */
function encode(tokens, start) {
  const token = tokens[start ? 0 : tokens.length - 1]

  if (!token || token.attention) return

  const character = start
    ? firstCharacter(token.value)
    : lastCharacter(token.value)
  const reference = encodeCharacterReference(
    /** @type {number} */ (character.codePointAt(0))
  )

  if (start) {
    token.value = reference + token.value.slice(character.length)
  } else {
    let value = token.value.slice(0, token.value.length - character.length)
    let escapes = 0

    while (value.charCodeAt(value.length - 1 - escapes) === 92 /* `\` */) {
      escapes++
    }

    // Odd number would escape the `&` again.
    if (escapes % 2) value += '\\'
    token.value = value + reference
  }
}

/**
 * Try other sequences for the candidates of a mistake and use the first that
 * moves the mistake further.
 *
 * @param {Array<Item>} items
 *   Items.
 * @param {Map<AttentionResult, string>} chosen
 *   Sequences to use instead of preferred sequences.
 * @param {Mistake} mistake
 *   Mistake.
 * @param {string} before
 *   Characters before.
 * @param {string} after
 *   Characters after.
 * @returns {Improvement | undefined}
 *   Result if better.
 */
function improve(items, chosen, mistake, before, after) {
  for (const attention of mistake.attention) {
    const current = chosen.get(attention) || attention.sequences[0]

    for (const sequence of attention.sequences) {
      if (sequence === current) continue
      const trial = new Map(chosen)
      trial.set(attention, sequence)
      const tokens = render(items, trial, before, after)
      const next = check(tokens, before, after)

      if (!next || next.index > mistake.index) {
        return {chosen: trial, mistake: next, tokens}
      }
    }
  }
}

/**
 * Pair runs like `micromark` and mark sequences that do form their attention
 * as fine.
 *
 * Each pair uses markers from the end of an opener and the start of a closer.
 * It forms the intended attention if those markers are exactly the whole
 * opening and closing sequence of one attention.
 * Otherwise attention is mixed up:
 * either sequences of different attention pair,
 * part of a sequence is used (such as `**` of strong as `*`),
 * or several sequences are used together (such as `*` and `*` as `**`).
 * Then the sequences involved are recorded with each other.
 *
 * @param {Array<Run>} runs
 *   Runs.
 * @param {Map<Token, Array<Token>>} wrong
 *   Sequences that are wrong, with the sequences involved.
 * @returns {undefined}
 *   Nothing, `wrong` is changed.
 */
function pair(runs, wrong) {
  /** @type {Map<string, Array<Run>>} */
  const openersByMarker = new Map()

  for (const closer of runs) {
    const marker = closer.tokens[0].value.charAt(0)
    let openers = openersByMarker.get(marker)

    if (!openers) {
      openers = []
      openersByMarker.set(marker, openers)
    }

    let open = closer.close ? openers.length : 0

    while (open-- && closer.start < closer.end) {
      const opener = openers[open]
      const openerSize = opener.end - opener.start
      const closerSize = closer.end - closer.start

      if (
        closer.split
          ? // The rule of 3, on the sizes that are left.
            (opener.close || closer.open) &&
            closerSize % 3 &&
            !((openerSize + closerSize) % 3)
          : // Others pair whole runs of the same size.
            openerSize !== opener.markers.length || openerSize !== closerSize
      ) {
        continue
      }

      const size = closer.split
        ? openerSize > 1 && closerSize > 1
          ? 2
          : 1
        : closerSize
      const opening = opener.markers.slice(opener.end - size, opener.end)
      const closing = closer.markers.slice(closer.start, closer.start + size)
      const openToken = opening[0]
      const closeToken = closing[0]

      if (
        // Whole sequences:
        // the markers of a sequence are next to each other,
        // so if the first and last marker are of one sequence of that size,
        // all markers are exactly that sequence.
        openToken === opening[size - 1] &&
        openToken.value.length === size &&
        closeToken === closing[size - 1] &&
        closeToken.value.length === size &&
        // Of the same attention, so its opening and closing sequence.
        openToken.attention === closeToken.attention
      ) {
        wrong.delete(openToken)
        wrong.delete(closeToken)
      } else {
        const involved = [...new Set([...opening, ...closing])]
        // Add to what is involved already: a sequence can be in several pairs.
        for (const token of involved) {
          const list = wrong.get(token)
          if (list) list.push(...involved)
        }
      }

      opener.end -= size
      closer.start += size

      if (opener.start === opener.end) openers.splice(open, 1)

      // Search again from the start, as this run may close more.
      open = openers.length
    }

    if (closer.open && closer.start < closer.end) openers.push(closer)
  }
}

/**
 * Get the sequences that can be used for attention, in order of preference.
 *
 * @param {string} type
 *   Node type.
 * @param {Array<string>} markers
 *   Markers.
 * @param {Array<number>} sizes
 *   Sizes.
 * @returns {Array<string>}
 *   Sequences.
 */
function attentionSequences(type, markers, sizes) {
  if (markers.length === 0) {
    throw new Error(
      'Cannot serialize `' +
        type +
        '` as attention without markers, expected one or more markers'
    )
  }

  if (sizes.length === 0) {
    throw new Error(
      'Cannot serialize `' +
        type +
        '` as attention without sizes, expected one or more sizes'
    )
  }

  for (const size of sizes) {
    if (!Number.isSafeInteger(size) || size < 1) {
      throw new Error(
        'Cannot serialize `' +
          type +
          '` as attention with `' +
          size +
          '` as size, expected positive integer'
      )
    }
  }

  /** @type {Array<string>} */
  const sequences = []

  for (const marker of markers) {
    if (marker.length !== 1) {
      throw new Error(
        'Cannot serialize `' +
          type +
          '` as attention with `' +
          marker +
          '` as marker, expected a single ascii character'
      )
    }

    if (!asciiPunctuation(marker.charCodeAt(0))) {
      throw new Error(
        'Cannot serialize `' +
          type +
          '` as attention with `' +
          marker +
          '` as marker, expected ascii punctuation'
      )
    }

    for (const size of sizes) {
      sequences.push(marker.repeat(size))
    }
  }

  return sequences
}

/**
 * Serialize the children of a parent that contains phrasing children,
 * keeping attention separate,
 * so that its markers can be chosen later.
 *
 * @param {PhrasingParents} parent
 *   Parent of phrasing nodes.
 * @param {State} state
 *   Info passed around about the current state.
 * @param {Info} info
 *   Info on where we are in the document we are generating.
 * @returns {Array<Item>}
 *   Items.
 */
function phrasing(parent, state, info) {
  const indexStack = state.indexStack
  const children = parent.children || []
  /** @type {Array<Item>} */
  const results = []
  let index = -1
  let before = info.before

  indexStack.push(-1)
  let tracker = state.createTracker(info)

  while (++index < children.length) {
    const child = children[index]
    /** @type {string} */
    let after

    indexStack[indexStack.length - 1] = index

    if (index + 1 < children.length) {
      /** @type {Handle} */
      // @ts-expect-error: hush, it’s actually a `zwitch`.
      let handle = state.handle.handlers[children[index + 1].type]
      // @ts-expect-error: hush, it’s actually a `zwitch`.
      if (handle && handle.peek) handle = handle.peek
      after = handle
        ? firstCharacter(
            handle(children[index + 1], parent, state, {
              before: '',
              after: '',
              ...tracker.current()
            })
          )
        : ''
    } else {
      after = info.after
    }

    // In some cases, html (text) can be found in phrasing right after an eol.
    // When we’d serialize that, it could be seen as html (flow): all its kinds
    // except 7 can interrupt a paragraph.
    // As we can’t escape or so to prevent it from happening,
    // we take a somewhat reasonable approach:
    // replace that eol with a space.
    // See: <https://github.com/syntax-tree/mdast-util-to-markdown/issues/15>
    const previous = results[results.length - 1]

    if (
      typeof previous === 'string' &&
      (before === '\r' || before === '\n') &&
      child.type === 'html' &&
      htmlKind(child.value) !== 7
    ) {
      results[results.length - 1] = previous.replace(/(\r?\n|\r)$/, ' ')
      before = ' '

      // To do: does this work to reset tracker?
      tracker = state.createTracker(info)
      tracker.move(container_phrasing_serialize(results, info.before, info.after))
    }

    /** @type {(Handle & {attention?: Attention | undefined}) | undefined} */
    // @ts-expect-error: hush, it’s actually a `zwitch`.
    const handle = state.handle.handlers[child.type]

    if (handle && handle.attention) {
      const item = attentionItem(
        /** @type {PhrasingParents} */ (child),
        handle.attention,
        state,
        tracker
      )
      if (!item) continue
      results.push(item)
      before = lastCharacter(item.sequences[0])
    } else {
      const value = state.handle(child, parent, state, {
        ...tracker.current(),
        after,
        before
      })

      if (!value) continue
      tracker.move(value)
      results.push(value)
      before = lastCharacter(value)
    }
  }

  indexStack.pop()

  return results
}

/**
 * Serialize a node as attention,
 * with its sequence chosen later.
 *
 * @param {PhrasingParents} node
 *   Node.
 * @param {Attention} attention
 *   Attention of the node.
 * @param {State} state
 *   Info passed around about the current state.
 * @param {Tracker} tracker
 *   Tracker.
 * @returns {AttentionResult | undefined}
 *   Attention or nothing.
 */
function attentionItem(node, attention, state, tracker) {
  const {construct, markers, sizes} = attention(node, state)
  const sequences = attentionSequences(node.type, markers, sizes)
  const sequence = sequences[0]
  const exit = state.enter(construct)
  const inside = state.createTracker(tracker.current())
  inside.move(sequence)
  const children = phrasing(node, state, {
    ...inside.current(),
    before: sequence,
    after: sequence
  })
  exit()

  // Empty attention cannot form.
  if (children.length === 0) return

  tracker.move(sequence)
  tracker.move(container_phrasing_serialize(children, sequence, sequence))
  tracker.move(sequence)
  return {children, sequences}
}

/**
 * Fix mistakes one at a time.
 *
 * @param {Array<Item>} items
 *   Phrasing items.
 * @param {Map<AttentionResult, string>} chosen
 *   Sequences to start with.
 * @param {string} before
 *   Characters before.
 * @param {string} after
 *   Characters after.
 * @returns {Array<Token> | undefined}
 *   Tokens, if all mistakes could be fixed.
 */
function fix(items, chosen, before, after) {
  let tokens = render(items, chosen, before, after)
  let mistake = check(tokens, before, after)

  while (mistake) {
    const next = improve(items, chosen, mistake, before, after)
    if (!next) return
    chosen = next.chosen
    tokens = next.tokens
    mistake = next.mistake
  }

  return tokens
}

/**
 * Guess sequences for attention so that few mistakes are left to fix because
 * each fix is slow.
 *
 * Prefers another marker when a sequence would touch one with the same marker
 * of a sibling or parent (`**a**` and `*b*` as `**a***b*`).
 * Except for an only child with a longer builtin sequence,
 * as that forms (`***a***`).
 *
 * @param {Array<Item>} items
 *   Phrasing items.
 * @param {Map<AttentionResult, string>} chosen
 *   Guesses that are not the preferred sequence.
 * @param {string} before
 *   Sequence of the parent or characters before.
 * @param {string} after
 *   Sequence of the parent or characters after.
 * @returns {undefined}
 *   Nothing.
 */
function guess(items, chosen, before, after) {
  let previous = before
  let index = -1

  while (++index < items.length) {
    const item = items[index]

    if (typeof item === 'string') {
      previous = ''
      continue
    }

    const next = index === items.length - 1 ? after : ''
    const sequence =
      item.sequences.find(function (value) {
        const marker = value.charAt(0)
        return (
          (marker !== previous.charAt(0) && marker !== next.charAt(0)) ||
          (items.length === 1 &&
            builtins.has(marker) &&
            value.length > before.length)
        )
      }) || item.sequences[0]
    if (sequence !== item.sequences[0]) chosen.set(item, sequence)
    guess(item.children, chosen, sequence, sequence)
    previous = sequence
  }
}

/**
 * Render items with sequences;
 * encoding characters around attention where needed.
 *
 * @param {Array<Item>} items
 *   Serialized phrasing.
 * @param {Map<AttentionResult, string>} chosen
 *   Sequences to use instead of preferred sequences.
 * @param {string} before
 *   Characters before.
 * @param {string} after
 *   Characters after.
 * @returns {Array<Token>}
 *   Tokens.
 */
function render(items, chosen, before, after) {
  /** @type {Array<Token>} */
  const tokens = []
  /** @type {string | undefined} */
  let encodeAfter
  let previous = lastCharacter(before)
  let index = -1

  while (++index < items.length) {
    const item = items[index]

    if (typeof item === 'string') {
      /** @type {Token} */
      const token = {value: item, attention: undefined}

      // If attention before had to encode the character after it, encode it.
      if (encodeAfter && encodeAfter === firstCharacter(item)) {
        encode([token], true)
      }

      encodeAfter = undefined
      tokens.push(token)
      if (token.value) previous = lastCharacter(token.value)
      continue
    }

    const sequence = chosen.get(item) || item.sequences[0]
    const marker = sequence.charAt(0)
    const next = items[index + 1]
    const outsideBefore = previous
    const outsideAfter = firstCharacter(
      next === undefined
        ? after
        : typeof next === 'string'
          ? next
          : chosen.get(next) || next.sequences[0]
    )
    const inside = render(item.children, chosen, sequence, sequence)
    const head = inside[0].value
    const open = encodeInfo(
      outsideBefore.charCodeAt(outsideBefore.length - 1),
      head.charCodeAt(0),
      marker
    )

    if (open.inside) encode(inside, true)

    const tail = lastCharacter(inside[inside.length - 1].value)
    const close = encodeInfo(
      outsideAfter.charCodeAt(0),
      tail.charCodeAt(tail.length - 1),
      marker
    )

    if (close.inside) encode(inside, false)

    if (open.outside && outsideBefore !== '\n' && outsideBefore !== '\r') {
      encode(tokens, false)
    }

    if (close.outside) encodeAfter = outsideAfter

    tokens.push({value: sequence, attention: item}, ...inside, {
      value: sequence,
      attention: item
    })
    previous = sequence.charAt(sequence.length - 1)
  }

  return tokens
}

/**
 * Serialize phrasing with attention.
 *
 * Whether attention forms depends on everything around it.
 * This checks that it does and tries other sequences if not.
 *
 * @param {Array<Item>} items
 *   Phrasing items.
 * @param {string} before
 *   Characters before.
 * @param {string} after
 *   Characters after.
 * @returns {string}
 *   Serialized markdown.
 */
function container_phrasing_serialize(items, before, after) {
  /** @type {Map<AttentionResult, string>} */
  const guessed = new Map()
  guess(items, guessed, before, after)
  const tokens =
    // Start from guesses (based on the preferred sequences).
    (guessed.size > 0 ? fix(items, guessed, before, after) : undefined) ||
    // If stuck, start from the preferred sequences instead.
    fix(items, new Map(), before, after) ||
    // If stuck again, use the preferred sequences as they are.
    render(items, new Map(), before, after)

  // Join the tokens.
  let result = ''
  for (const token of tokens) result += token.value
  return result
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/emphasis.js
/**
 * @import {AttentionInfo, Info, State} from 'mdast-util-to-markdown'
 * @import {Emphasis, Parents} from 'mdast'
 */




emphasis.attention = attention
emphasis.peek = peek

/**
 * Serialize an emphasis node.
 *
 * Attention is properly handled by `containerPhrasing`.
 *
 * @param {Emphasis} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function emphasis(node, _, state, info) {
  const exit = state.enter('phrasing')
  const item = attentionItem(node, attention, state, state.createTracker(info))
  const value = item ? container_phrasing_serialize([item], info.before, info.after) : ''
  exit()
  return value
}

/**
 * Serialize an emphasis node as attention.
 *
 * @param {Emphasis} _
 *   Node to serialize.
 * @param {State} state
 *   Info passed around.
 * @returns {AttentionInfo}
 *   Info on how to serialize the node.
 */
function attention(_, state) {
  const marker = checkEmphasis(state)
  return {
    construct: 'emphasis',
    markers: marker === '*' ? ['*', '_'] : ['_', '*'],
    sizes: [1]
  }
}

/**
 * Peek at this node.
 *
 * @param {Emphasis} _
 *   Node to serialize.
 * @param {Parents | undefined} _1
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @returns {string}
 *   Start of the serialized markdown.
 */
function peek(_, _1, state) {
  return state.options.emphasis || '*'
}

;// CONCATENATED MODULE: ./node_modules/unist-util-is/lib/index.js
/**
 * @import {Node, Parent} from 'unist'
 */

/**
 * @template Fn
 * @template Fallback
 * @typedef {Fn extends (value: any) => value is infer Thing ? Thing : Fallback} Predicate
 */

/**
 * @callback Check
 *   Check that an arbitrary value is a node.
 * @param {unknown} this
 *   The given context.
 * @param {unknown} [node]
 *   Anything (typically a node).
 * @param {number | null | undefined} [index]
 *   The node’s position in its parent.
 * @param {Parent | null | undefined} [parent]
 *   The node’s parent.
 * @returns {boolean}
 *   Whether this is a node and passes a test.
 *
 * @typedef {Record<string, unknown> | Node} Props
 *   Object to check for equivalence.
 *
 *   Note: `Node` is included as it is common but is not indexable.
 *
 * @typedef {Array<Props | TestFunction | string> | ReadonlyArray<Props | TestFunction | string> | Props | TestFunction | string | null | undefined} Test
 *   Check for an arbitrary node.
 *
 * @callback TestFunction
 *   Check if a node passes a test.
 * @param {unknown} this
 *   The given context.
 * @param {Node} node
 *   A node.
 * @param {number | undefined} [index]
 *   The node’s position in its parent.
 * @param {Parent | undefined} [parent]
 *   The node’s parent.
 * @returns {boolean | undefined | void}
 *   Whether this node passes the test.
 *
 *   Note: `void` is included until TS sees no return as `undefined`.
 */

/**
 * Check if `node` is a `Node` and whether it passes the given test.
 *
 * @param {unknown} node
 *   Thing to check, typically `Node`.
 * @param {Test} test
 *   A check for a specific node.
 * @param {number | null | undefined} index
 *   The node’s position in its parent.
 * @param {Parent | null | undefined} parent
 *   The node’s parent.
 * @param {unknown} context
 *   Context object (`this`) to pass to `test` functions.
 * @returns {boolean}
 *   Whether `node` is a node and passes a test.
 */
const is =
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends ReadonlyArray<string>>(node: unknown, test: Condition, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition[number]}) &
   *   (<Condition extends Array<string>>(node: unknown, test: Condition, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition[number]}) &
   *   (<Condition extends string>(node: unknown, test: Condition, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(node: unknown, test: Condition, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(node: unknown, test: Condition, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((node?: null | undefined) => false) &
   *   ((node: unknown, test?: null | undefined, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((node: unknown, test?: Test, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => boolean)
   * )}
   */
  (
    /**
     * @param {unknown} [node]
     * @param {Test} [test]
     * @param {number | null | undefined} [index]
     * @param {Parent | null | undefined} [parent]
     * @param {unknown} [context]
     * @returns {boolean}
     */
    // eslint-disable-next-line max-params
    function (node, test, index, parent, context) {
      const check = convert(test)

      if (
        index !== undefined &&
        index !== null &&
        (typeof index !== 'number' ||
          index < 0 ||
          index === Number.POSITIVE_INFINITY)
      ) {
        throw new Error('Expected positive finite index')
      }

      if (
        parent !== undefined &&
        parent !== null &&
        (!is(parent) || !parent.children)
      ) {
        throw new Error('Expected parent node')
      }

      if (
        (parent === undefined || parent === null) !==
        (index === undefined || index === null)
      ) {
        throw new Error('Expected both parent and index')
      }

      return looksLikeANode(node)
        ? check.call(context, node, index, parent)
        : false
    }
  )

/**
 * Generate an assertion from a test.
 *
 * Useful if you’re going to test many nodes, for example when creating a
 * utility where something else passes a compatible test.
 *
 * The created function is a bit faster because it expects valid input only:
 * a `node`, `index`, and `parent`.
 *
 * @param {Test} test
 *   *   when nullish, checks if `node` is a `Node`.
 *   *   when `string`, works like passing `(node) => node.type === test`.
 *   *   when `function` checks if function passed the node is true.
 *   *   when `object`, checks that all keys in test are in node, and that they have (strictly) equal values.
 *   *   when `array`, checks if any one of the subtests pass.
 * @returns {Check}
 *   An assertion.
 */
const convert =
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends string>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((test?: null | undefined) => (node?: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((test?: Test) => Check)
   * )}
   */
  (
    /**
     * @param {Test} [test]
     * @returns {Check}
     */
    function (test) {
      if (test === null || test === undefined) {
        return ok
      }

      if (typeof test === 'function') {
        return castFactory(test)
      }

      if (typeof test === 'object') {
        return Array.isArray(test)
          ? anyFactory(test)
          : // Cast because `ReadonlyArray` goes into the above but `isArray`
            // narrows to `Array`.
            propertiesFactory(/** @type {Props} */ (test))
      }

      if (typeof test === 'string') {
        return typeFactory(test)
      }

      throw new Error('Expected function, string, or object as test')
    }
  )

/**
 * @param {Array<Props | TestFunction | string>} tests
 * @returns {Check}
 */
function anyFactory(tests) {
  /** @type {Array<Check>} */
  const checks = []
  let index = -1

  while (++index < tests.length) {
    checks[index] = convert(tests[index])
  }

  return castFactory(any)

  /**
   * @this {unknown}
   * @type {TestFunction}
   */
  function any(...parameters) {
    let index = -1

    while (++index < checks.length) {
      if (checks[index].apply(this, parameters)) return true
    }

    return false
  }
}

/**
 * Turn an object into a test for a node with a certain fields.
 *
 * @param {Props} check
 * @returns {Check}
 */
function propertiesFactory(check) {
  const checkAsRecord = /** @type {Record<string, unknown>} */ (check)

  return castFactory(all)

  /**
   * @param {Node} node
   * @returns {boolean}
   */
  function all(node) {
    const nodeAsRecord = /** @type {Record<string, unknown>} */ (
      /** @type {unknown} */ (node)
    )

    /** @type {string} */
    let key

    for (key in check) {
      if (nodeAsRecord[key] !== checkAsRecord[key]) return false
    }

    return true
  }
}

/**
 * Turn a string into a test for a node with a certain type.
 *
 * @param {string} check
 * @returns {Check}
 */
function typeFactory(check) {
  return castFactory(type)

  /**
   * @param {Node} node
   */
  function type(node) {
    return node && node.type === check
  }
}

/**
 * Turn a custom test into a test for a node that passes that test.
 *
 * @param {TestFunction} testFunction
 * @returns {Check}
 */
function castFactory(testFunction) {
  return check

  /**
   * @this {unknown}
   * @type {Check}
   */
  function check(value, index, parent) {
    return Boolean(
      looksLikeANode(value) &&
        testFunction.call(
          this,
          value,
          typeof index === 'number' ? index : undefined,
          parent || undefined
        )
    )
  }
}

function ok() {
  return true
}

/**
 * @param {unknown} value
 * @returns {value is Node}
 */
function looksLikeANode(value) {
  return value !== null && typeof value === 'object' && 'type' in value
}

;// CONCATENATED MODULE: ./node_modules/unist-util-visit-parents/lib/color.node.js
/**
 * Color a string.
 *
 * @param {string} d
 *   Value.
 * @returns {string}
 *   Colored value.
 */
function color(d) {
  return '\u001B[33m' + d + '\u001B[39m'
}

;// CONCATENATED MODULE: ./node_modules/unist-util-visit-parents/lib/index.js
/**
 * @import {Node as UnistNode, Parent as UnistParent} from 'unist'
 */

/**
 * @typedef {Exclude<import('unist-util-is').Test, undefined> | undefined} Test
 *   Test from `unist-util-is`.
 *
 *   Note: we have remove and add `undefined`, because otherwise when generating
 *   automatic `.d.ts` files, TS tries to flatten paths from a local perspective,
 *   which doesn’t work when publishing on npm.
 */

/**
 * @typedef {(
 *   Fn extends (value: any) => value is infer Thing
 *   ? Thing
 *   : Fallback
 * )} Predicate
 *   Get the value of a type guard `Fn`.
 * @template Fn
 *   Value; typically function that is a type guard (such as `(x): x is Y`).
 * @template Fallback
 *   Value to yield if `Fn` is not a type guard.
 */

/**
 * @typedef {(
 *   Check extends null | undefined // No test.
 *   ? Value
 *   : Value extends {type: Check} // String (type) test.
 *   ? Value
 *   : Value extends Check // Partial test.
 *   ? Value
 *   : Check extends Function // Function test.
 *   ? Predicate<Check, Value> extends Value
 *     ? Predicate<Check, Value>
 *     : never
 *   : never // Some other test?
 * )} MatchesOne
 *   Check whether a node matches a primitive check in the type system.
 * @template Value
 *   Value; typically unist `Node`.
 * @template Check
 *   Value; typically `unist-util-is`-compatible test, but not arrays.
 */

/**
 * @typedef {(
 *   Check extends ReadonlyArray<infer T>
 *   ? MatchesOne<Value, T>
 *   : Check extends Array<infer T>
 *   ? MatchesOne<Value, T>
 *   : MatchesOne<Value, Check>
 * )} Matches
 *   Check whether a node matches a check in the type system.
 * @template Value
 *   Value; typically unist `Node`.
 * @template Check
 *   Value; typically `unist-util-is`-compatible test.
 */

/**
 * @typedef {0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10} Uint
 *   Number; capped reasonably.
 */

/**
 * @typedef {I extends 0 ? 1 : I extends 1 ? 2 : I extends 2 ? 3 : I extends 3 ? 4 : I extends 4 ? 5 : I extends 5 ? 6 : I extends 6 ? 7 : I extends 7 ? 8 : I extends 8 ? 9 : 10} Increment
 *   Increment a number in the type system.
 * @template {Uint} [I=0]
 *   Index.
 */

/**
 * @typedef {(
 *   Node extends UnistParent
 *   ? Node extends {children: Array<infer Children>}
 *     ? Child extends Children ? Node : never
 *     : never
 *   : never
 * )} InternalParent
 *   Collect nodes that can be parents of `Child`.
 * @template {UnistNode} Node
 *   All node types in a tree.
 * @template {UnistNode} Child
 *   Node to search for.
 */

/**
 * @typedef {InternalParent<InclusiveDescendant<Tree>, Child>} Parent
 *   Collect nodes in `Tree` that can be parents of `Child`.
 * @template {UnistNode} Tree
 *   All node types in a tree.
 * @template {UnistNode} Child
 *   Node to search for.
 */

/**
 * @typedef {(
 *   Depth extends Max
 *   ? never
 *   :
 *     | InternalParent<Node, Child>
 *     | InternalAncestor<Node, InternalParent<Node, Child>, Max, Increment<Depth>>
 * )} InternalAncestor
 *   Collect nodes in `Tree` that can be ancestors of `Child`.
 * @template {UnistNode} Node
 *   All node types in a tree.
 * @template {UnistNode} Child
 *   Node to search for.
 * @template {Uint} [Max=10]
 *   Max; searches up to this depth.
 * @template {Uint} [Depth=0]
 *   Current depth.
 */

/**
 * @typedef {InternalAncestor<InclusiveDescendant<Tree>, Child>} Ancestor
 *   Collect nodes in `Tree` that can be ancestors of `Child`.
 * @template {UnistNode} Tree
 *   All node types in a tree.
 * @template {UnistNode} Child
 *   Node to search for.
 */

/**
 * @typedef {(
 *   Tree extends UnistParent
 *     ? Depth extends Max
 *       ? Tree
 *       : Tree | InclusiveDescendant<Tree['children'][number], Max, Increment<Depth>>
 *     : Tree
 * )} InclusiveDescendant
 *   Collect all (inclusive) descendants of `Tree`.
 *
 *   > 👉 **Note**: for performance reasons, this seems to be the fastest way to
 *   > recurse without actually running into an infinite loop, which the
 *   > previous version did.
 *   >
 *   > Practically, a max of `2` is typically enough assuming a `Root` is
 *   > passed, but it doesn’t improve performance.
 *   > It gets higher with `List > ListItem > Table > TableRow > TableCell`.
 *   > Using up to `10` doesn’t hurt or help either.
 * @template {UnistNode} Tree
 *   Tree type.
 * @template {Uint} [Max=10]
 *   Max; searches up to this depth.
 * @template {Uint} [Depth=0]
 *   Current depth.
 */

/**
 * @typedef {'skip' | boolean} Action
 *   Union of the action types.
 *
 * @typedef {number} Index
 *   Move to the sibling at `index` next (after node itself is completely
 *   traversed).
 *
 *   Useful if mutating the tree, such as removing the node the visitor is
 *   currently on, or any of its previous siblings.
 *   Results less than 0 or greater than or equal to `children.length` stop
 *   traversing the parent.
 *
 * @typedef {[(Action | null | undefined | void)?, (Index | null | undefined)?]} ActionTuple
 *   List with one or two values, the first an action, the second an index.
 *
 * @typedef {Action | ActionTuple | Index | null | undefined | void} VisitorResult
 *   Any value that can be returned from an enter visitor.
 *
 *   Like `VisitorResultExit`,
 *   but `SKIP` can also be returned,
 *   to not walk the children of the node,
 *   and `ActionTuple` can be used to combine an action with an index.
 *
 * @typedef {Index | boolean | null | undefined | void} VisitorResultExit
 *   Any value that can be returned from an exit visitor.
 */

/**
 * @callback Visitor
 *   Handle a node (matching `test`, if given) before its children.
 *
 *   Changes inside `node` are walked next.
 *   Replacing or removing it is easier in `exit`.
 *   When replacing or removing it here,
 *   return `SKIP` (as otherwise its old children are walked),
 *   or `[SKIP, index]` to continue with the node now at `index`.
 *   Changing next siblings (in walk order) is fine;
 *   changing previous siblings needs a new `Index`.
 *   Removing an ancestor or changing its previous siblings is not supported.
 * @param {Visited} node
 *   Found node.
 * @param {Array<VisitedParents>} ancestors
 *   Ancestors of `node`.
 * @param {number | undefined} index
 *   Index of `node` in its parent (the last of `ancestors`),
 *   or `undefined` for the tree itself.
 * @returns {VisitorResult}
 *   What to do next.
 *
 *   Like `VisitorExit`,
 *   but `SKIP` can also be returned,
 *   to not walk the children of `node`.
 *   Passing a tuple back (`ActionTuple`) only makes sense as `[SKIP, Index]`.
 * @template {UnistNode} [Visited=UnistNode]
 *   Visited node type.
 * @template {UnistParent} [VisitedParents=UnistParent]
 *   Ancestor type.
 */

/**
 * @callback VisitorExit
 *   Handle a node (matching `test`, if given) after its children.
 *
 *   Changes inside `node` are not walked,
 *   which makes this a good place to change `node` based on its children,
 *   or to replace or remove it.
 *   When removing `node` or changing previous siblings (in walk order),
 *   return a new `Index`.
 *   Removing an ancestor or changing its previous siblings is not supported.
 * @param {Visited} node
 *   Found node.
 * @param {Array<VisitedParents>} ancestors
 *   Ancestors of `node`.
 * @param {number | undefined} index
 *   Index of `node` in its parent (the last of `ancestors`),
 *   or `undefined` for the tree itself.
 * @returns {VisitorResultExit}
 *   What to do next.
 *
 *   `CONTINUE` (`true`, nothing) continues as normal,
 *   `EXIT` (`false`) stops traversing,
 *   and `Index` continues at that sibling.
 * @template {UnistNode} [Visited=UnistNode]
 *   Visited node type.
 * @template {UnistParent} [VisitedParents=UnistParent]
 *   Ancestor type.
 */

/**
 * @template {UnistNode} [Visited=UnistNode]
 *   Visited node type.
 * @template {UnistParent} [VisitedParents=UnistParent]
 *   Ancestor type.
 * @typedef Visitors
 *   Handle nodes when entering and exiting them.
 *   The `enter` visitor is optional while `exit` is required.
 *
 *   Pass an `enter` visitor directly to only handle nodes when entering them.
 *
 *   `enter` is called before children (if any) are walked and `exit` after that.
 *   `exit` is still called when `enter` returns `SKIP`.
 *   Both `enter` and `exit` are only called for nodes that match an optional `test`.
 * @property {Visitor<Visited, VisitedParents> | null | undefined} [enter]
 *   Handle a node before its children (optional).
 * @property {VisitorExit<Visited, VisitedParents>} exit
 *   Handle a node after its children.
 */

/**
 * @typedef {Visitor<Matches<InclusiveDescendant<Tree>, Check>, Ancestor<Tree, Matches<InclusiveDescendant<Tree>, Check>>>} BuildVisitor
 *   Build a typed `Visitor` function from a tree and a test.
 *
 *   It will infer which values are passed as `node` and which as `parents`.
 * @template {UnistNode} [Tree=UnistNode]
 *   Tree type.
 * @template {Test} [Check=Test]
 *   Test type.
 */

/**
 * @typedef {Visitors<Matches<InclusiveDescendant<Tree>, Check>, Ancestor<Tree, Matches<InclusiveDescendant<Tree>, Check>>>} BuildVisitors
 *   Build typed `Visitors` from a tree and a test.
 *
 *   It will infer which values are passed as `node` and which as `parents`.
 * @template {UnistNode} [Tree=UnistNode]
 *   Tree type.
 * @template {Test} [Check=Test]
 *   Test type.
 */




/** @type {Readonly<ActionTuple>} */
const empty = []

/**
 * Continue traversing as normal.
 */
const CONTINUE = true

/**
 * Stop traversing immediately.
 */
const EXIT = false

/**
 * Do not traverse this node’s children.
 * Only works when entering a node.
 */
const SKIP = 'skip'

/**
 * Visit nodes, with ancestral information.
 *
 * This algorithm performs *depth-first* *tree traversal* in *preorder*
 * (**NLR**) or if `reverse` is given,
 * in *reverse preorder* (**NRL**).
 * An `exit` visitor is called in *postorder* (**LRN**)
 * or if `reverse` is given, in *reverse postorder* (**RLN**).
 *
 * You can choose which nodes are visited by passing a `test`.
 * For complex tests, you should test yourself in a visitor, as it will be
 * faster and will have improved type information.
 *
 * Walking the tree is an intensive task.
 * Make use of the return values of the visitor when possible.
 * Instead of walking a tree multiple times, walk it once, use `unist-util-is`
 * to check if a node matches, and then perform different operations.
 *
 * You can change the tree.
 * Changes inside a node made when entering it are walked,
 * changes made when exiting it are not.
 * See `Visitor` and `VisitorExit` for more info.
 *
 * @overload
 * @param {Tree} tree
 *   Tree to traverse.
 * @param {Check} check
 *   `unist-util-is`-compatible test.
 * @param {BuildVisitor<Tree, Check>} enter
 *   Handle each node when entering it.
 * @param {boolean | null | undefined} [reverse]
 *   Walk children from last to first;
 *   for `enter`, reverse preorder (NRL) instead of preorder (NLR);
 *   for `exit`, reverse postorder (RLN) instead of postorder (LRN).
 * @returns {undefined}
 *   Nothing.
 *
 * @overload
 * @param {Tree} tree
 *   Tree to traverse.
 * @param {Check} check
 *   `unist-util-is`-compatible test.
 * @param {BuildVisitors<Tree, Check>} visitors
 *   Handle each node when exiting it, and optionally when entering it.
 * @param {boolean | null | undefined} [reverse]
 *   Walk children from last to first;
 *   for `enter`, reverse preorder (NRL) instead of preorder (NLR);
 *   for `exit`, reverse postorder (RLN) instead of postorder (LRN).
 * @returns {undefined}
 *   Nothing.
 *
 * @overload
 * @param {Tree} tree
 *   Tree to traverse.
 * @param {BuildVisitor<Tree>} enter
 *   Handle each node when entering it.
 * @param {boolean | null | undefined} [reverse]
 *   Walk children from last to first;
 *   for `enter`, reverse preorder (NRL) instead of preorder (NLR);
 *   for `exit`, reverse postorder (RLN) instead of postorder (LRN).
 * @returns {undefined}
 *   Nothing.
 *
 * @overload
 * @param {Tree} tree
 *   Tree to traverse.
 * @param {BuildVisitors<Tree>} visitors
 *   Handle each node when exiting it, and optionally when entering it.
 * @param {boolean | null | undefined} [reverse]
 *   Walk children from last to first;
 *   for `enter`, reverse preorder (NRL) instead of preorder (NLR);
 *   for `exit`, reverse postorder (RLN) instead of postorder (LRN).
 * @returns {undefined}
 *   Nothing.
 *
 * @param {UnistNode} tree
 *   Tree to traverse.
 * @param {Visitor | Visitors | Test} testOrEnterOrVisitors
 *   `unist-util-is`-compatible test, `enter`, or `visitors`.
 * @param {Visitor | Visitors | boolean | null | undefined} [enterOrVisitorsOrReverse]
 *   `enter`, `visitors`, or `reverse` after a test.
 * @param {boolean | null | undefined} [reverse]
 *   Walk children from last to first;
 *   for `enter`, reverse preorder (NRL) instead of preorder (NLR);
 *   for `exit`, reverse postorder (RLN) instead of postorder (LRN).
 * @returns {undefined}
 *   Nothing.
 *
 * @template {UnistNode} Tree
 *   Node type.
 * @template {Test} Check
 *   `unist-util-is`-compatible test.
 */
function visitParents(
  tree,
  testOrEnterOrVisitors,
  enterOrVisitorsOrReverse,
  reverse
) {
  if (!tree || typeof tree !== 'object') {
    throw new Error('Unexpected value `' + tree + '` for `tree`, expected node')
  }

  let preorder = true
  /** @type {Test} */
  let check
  /** @type {Visitors | Visitor} */
  let visitors
  /** @type {Visitor | null | undefined} */
  let enter
  /** @type {VisitorExit | null | undefined} */
  let exit

  // Third parameter is an enter visitor or a visitors object, so expect a `test` too.
  if (
    typeof enterOrVisitorsOrReverse === 'function' ||
    (enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === 'object')
  ) {
    check = /** @type {Test} */ (testOrEnterOrVisitors)
    visitors = enterOrVisitorsOrReverse
    if (reverse) preorder = false
  }
  // Assume no test.
  else {
    visitors = /** @type {Visitors | Visitor} */ (testOrEnterOrVisitors)
    if (enterOrVisitorsOrReverse) preorder = false
  }

  if (typeof visitors === 'function') {
    enter = visitors
  } else if (visitors && typeof visitors === 'object') {
    if (visitors.enter === null || visitors.enter === undefined) {
      // Empty.
    } else if (typeof visitors.enter === 'function') {
      enter = visitors.enter
    } else {
      throw new Error(
        'Unexpected value `' +
          visitors.enter +
          '` for `visitors.enter`, expected optional visitor'
      )
    }

    if (typeof visitors.exit === 'function') {
      exit = visitors.exit
    } else {
      throw new Error(
        'Unexpected value `' +
          visitors.exit +
          '` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)'
      )
    }
  } else {
    throw new Error(
      'Unexpected value `' +
        visitors +
        '` for `enter` or `visitors`, expected visitor or object with visitors'
    )
  }

  const is = convert(check)
  const step = preorder ? 1 : -1

  factory(tree, undefined, [])()

  /**
   * Create a function to visit a node.
   *
   * @param {UnistNode} node
   *   Node to visit.
   * @param {number | undefined} index
   *   Index of `node` in its parent.
   * @param {Array<UnistParent>} parents
   *   Ancestors of `node`.
   * @returns {() => Readonly<ActionTuple>}
   *   Visit `node`.
   */
  function factory(node, index, parents) {
    const value = /** @type {Record<string, unknown>} */ (
      node && typeof node === 'object' ? node : {}
    )

    if (typeof value.type === 'string') {
      const name =
        // `hast`
        typeof value.tagName === 'string'
          ? value.tagName
          : // `xast`
            typeof value.name === 'string'
            ? value.name
            : undefined

      Object.defineProperty(visit, 'name', {
        value:
          'node (' + color(node.type + (name ? '<' + name + '>' : '')) + ')'
      })
    }

    return visit

    function visit() {
      const matches =
        !check || is(node, index, parents[parents.length - 1] || undefined)
      /** @type {Readonly<ActionTuple>} */
      let result = empty

      if (enter && matches) {
        result = toResult(enter(node, parents, index))

        if (result[0] === EXIT) {
          return result
        }
      }

      if ('children' in node && node.children) {
        const nodeAsParent = /** @type {UnistParent} */ (node)

        if (nodeAsParent.children && result[0] !== SKIP) {
          let offset = (preorder ? -1 : nodeAsParent.children.length) + step
          const grandparents = [...parents, nodeAsParent]

          while (offset > -1 && offset < nodeAsParent.children.length) {
            const child = nodeAsParent.children[offset]

            const subresult = factory(child, offset, grandparents)()

            if (subresult[0] === EXIT) {
              return subresult
            }

            offset =
              typeof subresult[1] === 'number' ? subresult[1] : offset + step
          }
        }
      }

      if (exit && matches) {
        const exitResult = toResult(exit(node, parents, index))

        if (exitResult[0] === SKIP) {
          throw new Error(
            'Unexpected value `' +
              exitResult[0] +
              '` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing'
          )
        }

        // Prefer a result from `exit` over `enter`.
        if (exitResult[0] === EXIT || typeof exitResult[1] === 'number') {
          return exitResult
        }
      }

      return result
    }
  }
}

/**
 * Turn a return value into a clean result.
 *
 * @param {VisitorResult} value
 *   Valid return values from visitors.
 * @returns {Readonly<ActionTuple>}
 *   Clean result.
 */
function toResult(value) {
  if (Array.isArray(value)) {
    return value
  }

  if (typeof value === 'number') {
    return [CONTINUE, value]
  }

  return value === null || value === undefined ? empty : [value]
}

;// CONCATENATED MODULE: ./node_modules/unist-util-visit/lib/index.js
/**
 * @import {Node as UnistNode, Parent as UnistParent} from 'unist'
 * @import {
 *   InclusiveDescendant,
 *   Matches,
 *   Visitors as ParentsVisitors,
 *   VisitorResult,
 *   VisitorResultExit
 * } from 'unist-util-visit-parents'
 */

/**
 * @typedef {Exclude<import('unist-util-is').Test, undefined> | undefined} Test
 *   Test from `unist-util-is`.
 *
 *   Note: we have remove and add `undefined`, because otherwise when generating
 *   automatic `.d.ts` files, TS tries to flatten paths from a local perspective,
 *   which doesn’t work when publishing on npm.
 */

/**
 * @typedef {(
 *   Node extends UnistParent
 *   ? Node extends {children: Array<infer Children>}
 *     ? Child extends Children ? Node : never
 *     : never
 *   : never
 * )} InternalParent
 *   Collect nodes that can be parents of `Child`.
 * @template {UnistNode} Node
 *   All node types in a tree.
 * @template {UnistNode} Child
 *   Node to search for.
 */

/**
 * @typedef {InternalParent<InclusiveDescendant<Tree>, Child>} Parent
 *   Collect nodes in `Tree` that can be parents of `Child`.
 * @template {UnistNode} Tree
 *   All node types in a tree.
 * @template {UnistNode} Child
 *   Node to search for.
 */

/**
 * @callback Visitor
 *   Handle a node (matching `test`, if given) before its children.
 *
 *   Like `Visitor` in `unist-util-visit-parents`,
 *   but with `index` and `parent` instead of `parents`.
 * @param {Visited} node
 *   Found node.
 * @param {Visited extends UnistNode ? number | undefined : never} index
 *   Index of `node` in `parent`,
 *   or `undefined` for the tree itself.
 * @param {Ancestor extends UnistParent ? Ancestor | undefined : never} parent
 *   Parent of `node`,
 *   or `undefined` for the tree itself.
 * @returns {VisitorResult}
 *   What to do next.
 * @template {UnistNode} [Visited=UnistNode]
 *   Visited node type.
 * @template {UnistParent} [Ancestor=UnistParent]
 *   Ancestor type.
 */

/**
 * @callback VisitorExit
 *   Handle a node (matching `test`, if given) after its children.
 *
 *   Like `VisitorExit` in `unist-util-visit-parents`,
 *   but with `index` and `parent` instead of `parents`.
 * @param {Visited} node
 *   Found node.
 * @param {Visited extends UnistNode ? number | undefined : never} index
 *   Index of `node` in `parent`,
 *   or `undefined` for the tree itself.
 * @param {Ancestor extends UnistParent ? Ancestor | undefined : never} parent
 *   Parent of `node`,
 *   or `undefined` for the tree itself.
 * @returns {VisitorResultExit}
 *   What to do next.
 * @template {UnistNode} [Visited=UnistNode]
 *   Visited node type.
 * @template {UnistParent} [Ancestor=UnistParent]
 *   Ancestor type.
 */

/**
 * @template {UnistNode} [Visited=UnistNode]
 *   Visited node type.
 * @template {UnistParent} [Ancestor=UnistParent]
 *   Ancestor type.
 * @typedef Visitors
 *   Handle nodes when entering and exiting them.
 *
 *   Like `Visitors` in `unist-util-visit-parents`.
 * @property {Visitor<Visited, Ancestor> | null | undefined} [enter]
 *   Handle a node before its children (optional).
 * @property {VisitorExit<Visited, Ancestor>} exit
 *   Handle a node after its children.
 */

/**
 * @typedef {Visitor<Visited, Parent<Ancestor, Visited>>} BuildVisitorFromMatch
 *   Build a typed `Visitor` function from a node and all possible parents.
 *
 *   It will infer which values are passed as `node` and which as `parent`.
 * @template {UnistNode} Visited
 *   Node type.
 * @template {UnistParent} Ancestor
 *   Parent type.
 */

/**
 * @typedef {(
 *   BuildVisitorFromMatch<
 *     Matches<Descendant, Check>,
 *     Extract<Descendant, UnistParent>
 *   >
 * )} BuildVisitorFromDescendants
 *   Build a typed `Visitor` function from a list of descendants and a test.
 *
 *   It will infer which values are passed as `node` and which as `parent`.
 * @template {UnistNode} Descendant
 *   Node type.
 * @template {Test} Check
 *   Test type.
 */

/**
 * @typedef {(
 *   BuildVisitorFromDescendants<
 *     InclusiveDescendant<Tree>,
 *     Check
 *   >
 * )} BuildVisitor
 *   Build a typed `Visitor` function from a tree and a test.
 *
 *   It will infer which values are passed as `node` and which as `parent`.
 * @template {UnistNode} [Tree=UnistNode]
 *   Node type.
 * @template {Test} [Check=Test]
 *   Test type.
 */

/**
 * @typedef {(
 *   Visitors<
 *     Matches<InclusiveDescendant<Tree>, Check>,
 *     Parent<
 *       Extract<InclusiveDescendant<Tree>, UnistParent>,
 *       Matches<InclusiveDescendant<Tree>, Check>
 *     >
 *   >
 * )} BuildVisitors
 *   Build typed `Visitors` from a tree and a test.
 *
 *   It will infer which values are passed as `node` and which as `parent`.
 * @template {UnistNode} [Tree=UnistNode]
 *   Node type.
 * @template {Test} [Check=Test]
 *   Test type.
 */





/**
 * Visit nodes.
 *
 * This algorithm performs *depth-first* *tree traversal* in *preorder*
 * (**NLR**) or if `reverse` is given,
 * in *reverse preorder* (**NRL**).
 * An `exit` visitor is called in *postorder* (**LRN**)
 * or if `reverse` is given, in *reverse postorder* (**RLN**).
 *
 * You can choose which nodes are visited by passing a `test`.
 * For complex tests, you should test yourself in a visitor, as it will be
 * faster and will have improved type information.
 *
 * Walking the tree is an intensive task.
 * Make use of the return values of the visitor when possible.
 * Instead of walking a tree multiple times, walk it once, use `unist-util-is`
 * to check if a node matches, and then perform different operations.
 *
 * You can change the tree.
 * Changes inside a node made when entering it are walked,
 * changes made when exiting it are not.
 * See `Visitor` and `VisitorExit` for more info.
 *
 * @overload
 * @param {Tree} tree
 *   Tree to traverse.
 * @param {Check} check
 *   `unist-util-is`-compatible test.
 * @param {BuildVisitor<Tree, Check> | BuildVisitors<Tree, Check>} visitors
 *   Handle each node when entering it,
 *   or `{enter, exit}` to also handle it when exiting it.
 * @param {boolean | null | undefined} [reverse]
 *   Walk children from last to first;
 *   for `enter`, reverse preorder (NRL) instead of preorder (NLR);
 *   for `exit`, reverse postorder (RLN) instead of postorder (LRN).
 * @returns {undefined}
 *   Nothing.
 *
 * @overload
 * @param {Tree} tree
 *   Tree to traverse.
 * @param {BuildVisitor<Tree> | BuildVisitors<Tree>} visitors
 *   Handle each node when entering it,
 *   or `{enter, exit}` to also handle it when exiting it.
 * @param {boolean | null | undefined} [reverse]
 *   Walk children from last to first;
 *   for `enter`, reverse preorder (NRL) instead of preorder (NLR);
 *   for `exit`, reverse postorder (RLN) instead of postorder (LRN).
 * @returns {undefined}
 *   Nothing.
 *
 * @param {UnistNode} tree
 *   Tree to traverse.
 * @param {Visitor | Visitors | Test} testOrEnterOrVisitors
 *   `unist-util-is`-compatible test, `enter`, or `visitors`.
 * @param {Visitor | Visitors | boolean | null | undefined} [enterOrVisitorsOrReverse]
 *   `enter`, `visitors`, or `reverse` after a test.
 * @param {boolean | null | undefined} [maybeReverse]
 *   Walk children from last to first;
 *   for `enter`, reverse preorder (NRL) instead of preorder (NLR);
 *   for `exit`, reverse postorder (RLN) instead of postorder (LRN).
 * @returns {undefined}
 *   Nothing.
 *
 * @template {UnistNode} Tree
 *   Node type.
 * @template {Test} Check
 *   `unist-util-is`-compatible test.
 */
function visit(
  tree,
  testOrEnterOrVisitors,
  enterOrVisitorsOrReverse,
  maybeReverse
) {
  /** @type {Test} */
  let check
  /** @type {Visitor | Visitors} */
  let visitors
  /** @type {boolean | null | undefined} */
  let reverse

  // Third parameter is an enter visitor or a visitors object, so expect a `test` too.
  if (
    typeof enterOrVisitorsOrReverse === 'function' ||
    (enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === 'object')
  ) {
    check = /** @type {Test} */ (testOrEnterOrVisitors)
    visitors = enterOrVisitorsOrReverse
    reverse = maybeReverse
  }
  // Assume no test.
  else {
    visitors = /** @type {Visitor | Visitors} */ (testOrEnterOrVisitors)
    reverse = enterOrVisitorsOrReverse
  }

  if (typeof visitors === 'function') {
    visitParents(tree, check, wrap(visitors), reverse)
  } else {
    visitParents(tree, check, wrapVisitors(visitors), reverse)
  }
}

/**
 * Turn `visit` visitors into `visitParents` visitors.
 *
 * @param {Visitors} visitors
 *   Visitors for `visit`.
 * @returns {ParentsVisitors}
 *   Visitors for `visitParents`.
 */
function wrapVisitors(visitors) {
  // Pass anything else straight to `visitParents` to get its errors.
  if (!visitors || typeof visitors !== 'object') return visitors

  return {
    enter:
      typeof visitors.enter === 'function'
        ? wrap(visitors.enter)
        : visitors.enter,
    exit:
      typeof visitors.exit === 'function' ? wrap(visitors.exit) : visitors.exit
  }
}

/**
 * Turn a `visit` visitor into a `visitParents` one.
 *
 * @template {VisitorResult} Result
 *   Result type.
 * @param {(node: UnistNode, index: number | undefined, parent: UnistParent | undefined) => Result} visitor
 *   Visitor for `visit`.
 * @returns {(node: UnistNode, parents: Array<UnistParent>, index: number | undefined) => Result}
 *   Visitor for `visitParents`.
 */
function wrap(visitor) {
  return overload

  /**
   * Call `visitor` with `index` and `parent` instead of `parents`.
   *
   * @param {UnistNode} node
   *   Visited node.
   * @param {Array<UnistParent>} parents
   *   Ancestors of `node`.
   * @param {number | undefined} index
   *   Index of `node` in its parent.
   * @returns {Result}
   *   What to do next.
   */
  function overload(node, parents, index) {
    return visitor(node, index, parents[parents.length - 1])
  }
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-string/lib/index.js
/**
 * @typedef {import('mdast').Nodes} Nodes
 *
 * @typedef Options
 *   Configuration (optional).
 * @property {boolean | null | undefined} [includeImageAlt=true]
 *   Whether to use `alt` for `image`s (default: `true`).
 * @property {boolean | null | undefined} [includeHtml=true]
 *   Whether to use `value` of HTML (default: `true`).
 */

/** @type {Options} */
const emptyOptions = {}

/**
 * Get the text content of a node or list of nodes.
 *
 * Prefers the node’s plain-text fields, otherwise serializes its children,
 * and if the given value is an array, serialize the nodes in it.
 *
 * @param {unknown} [value]
 *   Thing to serialize, typically `Node`.
 * @param {Options | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Serialized `value`.
 */
function lib_toString(value, options) {
  const settings = options || emptyOptions
  const includeImageAlt =
    typeof settings.includeImageAlt === 'boolean'
      ? settings.includeImageAlt
      : true
  const includeHtml =
    typeof settings.includeHtml === 'boolean' ? settings.includeHtml : true

  return one(value, includeImageAlt, includeHtml)
}

/**
 * One node or several nodes.
 *
 * @param {unknown} value
 *   Thing to serialize.
 * @param {boolean} includeImageAlt
 *   Include image `alt`s.
 * @param {boolean} includeHtml
 *   Include HTML.
 * @returns {string}
 *   Serialized node.
 */
function one(value, includeImageAlt, includeHtml) {
  if (node(value)) {
    if ('value' in value) {
      return value.type === 'html' && !includeHtml ? '' : value.value
    }

    if (includeImageAlt && 'alt' in value && value.alt) {
      return value.alt
    }

    if ('children' in value) {
      return lib_all(value.children, includeImageAlt, includeHtml)
    }
  }

  if (Array.isArray(value)) {
    return lib_all(value, includeImageAlt, includeHtml)
  }

  return ''
}

/**
 * Serialize a list of nodes.
 *
 * @param {Array<unknown>} values
 *   Thing to serialize.
 * @param {boolean} includeImageAlt
 *   Include image `alt`s.
 * @param {boolean} includeHtml
 *   Include HTML.
 * @returns {string}
 *   Serialized nodes.
 */
function lib_all(values, includeImageAlt, includeHtml) {
  /** @type {Array<string>} */
  const result = []
  let index = -1

  while (++index < values.length) {
    result[index] = one(values[index], includeImageAlt, includeHtml)
  }

  return result.join('')
}

/**
 * Check if `value` looks like a node.
 *
 * @param {unknown} value
 *   Thing.
 * @returns {value is Nodes}
 *   Whether `value` is a node.
 */
function node(value) {
  return Boolean(value && typeof value === 'object')
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/format-heading-as-setext.js
/**
 * @import {State} from 'mdast-util-to-markdown'
 * @import {Heading} from 'mdast'
 */




/**
 * Checks if a heading can be formatted as a setext heading.
 *
 * @param {Heading} node
 *   Node to check.
 * @param {State} state
 *   Info passed around.
 * @returns {boolean}
 *   Whether the heading can be formatted as a setext heading.
 */
function formatHeadingAsSetext(node, state) {
  let literalWithBreak = false

  // Look for literals with a line break.
  // Note that this also
  visit(node, function (node) {
    if (
      ('value' in node && /\r?\n|\r/.test(node.value)) ||
      node.type === 'break'
    ) {
      literalWithBreak = true
      return EXIT
    }
  })

  return Boolean(
    (!node.depth || node.depth < 3) &&
    lib_toString(node) &&
    (state.options.setext || literalWithBreak)
  )
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/heading.js
/**
 * @import {Info, State} from 'mdast-util-to-markdown'
 * @import {Heading, Parents} from 'mdast'
 */




/**
 * Serialize a heading node.
 *
 * @param {Heading} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function heading(node, _, state, info) {
  const rank = Math.max(Math.min(6, node.depth || 1), 1)
  const tracker = state.createTracker(info)

  if (formatHeadingAsSetext(node, state)) {
    const exit = state.enter('headingSetext')
    const subexit = state.enter('phrasing')
    const value = state.containerPhrasing(node, {
      ...tracker.current(),
      before: '\n',
      after: '\n'
    })
    subexit()
    exit()

    return (
      value +
      '\n' +
      (rank === 1 ? '=' : '-').repeat(
        // The whole size…
        value.length -
          // Minus the position of the character after the last EOL (or
          // 0 if there is none)…
          (Math.max(value.lastIndexOf('\r'), value.lastIndexOf('\n')) + 1)
      )
    )
  }

  const sequence = '#'.repeat(rank)
  const exit = state.enter('headingAtx')
  const subexit = state.enter('phrasing')

  // Note: for proper tracking, we should reset the output positions when there
  // is no content returned, because then the space is not output.
  // Practically, in that case, there is no content, so it doesn’t matter that
  // we’ve tracked one too many characters.
  tracker.move(sequence + ' ')

  let value = state.containerPhrasing(node, {
    before: '# ',
    after: '\n',
    ...tracker.current()
  })

  const head = value.charCodeAt(0)

  if (head === 9 /* `\t` */ || head === 32 /* ` ` */) {
    // To do: what effect has the character reference on tracking?
    value = encodeCharacterReference(head) + value.slice(1)
  }

  value = value ? sequence + ' ' + value : sequence

  if (state.options.closeAtx) {
    value += ' ' + sequence
  }

  subexit()
  exit()

  return value
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/html.js
/**
 * @import {Html} from 'mdast'
 */

html.peek = htmlPeek

/**
 * Serialize an HTML node.
 *
 * @param {Html} node
 *   Node to serialize.
 * @returns {string}
 *   Serialized markdown.
 */
function html(node) {
  return node.value || ''
}

/**
 * Peek at this node.
 *
 * @returns {string}
 *   Start of the serialized markdown.
 */
function htmlPeek() {
  return '<'
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/image.js
/**
 * @import {Info, State} from 'mdast-util-to-markdown'
 * @import {Image, Parents} from 'mdast'
 */



image_image.peek = imagePeek

/**
 * Serialize an image node.
 *
 * @param {Image} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function image_image(node, _, state, info) {
  const quote = checkQuote(state)
  const suffix = quote === '"' ? 'Quote' : 'Apostrophe'
  const exit = state.enter('image')
  let subexit = state.enter('label')
  const tracker = state.createTracker(info)
  let value = tracker.move('![')
  value += tracker.move(
    state.safe(node.alt, {before: value, after: ']', ...tracker.current()})
  )
  value += tracker.move('](')

  subexit()

  if (
    // If there’s no url but there is a title…
    (!node.url && node.title) ||
    // If there are control characters, whitespace, or a leading `<`.
    /^<|[\0- \u007F]/.test(node.url)
  ) {
    subexit = state.enter('destinationLiteral')
    value += tracker.move('<')
    value += tracker.move(
      state.safe(node.url, {before: value, after: '>', ...tracker.current()})
    )
    value += tracker.move('>')
  } else {
    // No whitespace, raw is prettier.
    subexit = state.enter('destinationRaw')
    value += tracker.move(
      state.safe(node.url, {
        before: value,
        after: node.title ? ' ' : ')',
        ...tracker.current()
      })
    )
  }

  subexit()

  if (node.title) {
    subexit = state.enter(`title${suffix}`)
    value += tracker.move(' ' + quote)
    value += tracker.move(
      state.safe(node.title, {
        before: value,
        after: quote,
        ...tracker.current()
      })
    )
    value += tracker.move(quote)
    subexit()
  }

  value += tracker.move(')')
  exit()

  return value
}

/**
 * Peek at this node.
 *
 * @returns {string}
 *   Start of the serialized markdown.
 */
function imagePeek() {
  return '!'
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/image-reference.js
/**
 * @import {Info, State} from 'mdast-util-to-markdown'
 * @import {ImageReference, Parents} from 'mdast'
 */

imageReference.peek = imageReferencePeek

/**
 * Serialize an image reference node.
 *
 * @param {ImageReference} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function imageReference(node, _, state, info) {
  const type = node.referenceType
  const exit = state.enter('imageReference')
  let subexit = state.enter('label')
  const tracker = state.createTracker(info)
  let value = tracker.move('![')
  const alt = state.safe(node.alt, {
    before: value,
    after: ']',
    ...tracker.current()
  })
  value += tracker.move(alt + '][')

  subexit()
  // Hide that we’re in phrasing as things like attention or code cannot form
  // in references.
  // Character escapes and references *do* work.
  // It is important to know about other constructs, such as table cells.
  const stack = state.stack
  state.stack = stack.filter(function (d) {
    return d !== 'phrasing'
  })
  subexit = state.enter('reference')
  // Note: for proper tracking, we should reset the output positions when we end
  // up making a `shortcut` reference, because then there is no brace output.
  // Practically, in that case, there is no content, so it doesn’t matter that
  // we’ve tracked one too many characters.
  const reference = state.safe(state.associationId(node), {
    before: value,
    after: ']',
    ...tracker.current()
  })
  subexit()
  state.stack = stack
  exit()

  if (type === 'full' || !alt || alt !== reference) {
    value += tracker.move(reference + ']')
  } else if (type === 'shortcut') {
    // Remove the unwanted `[`.
    value = value.slice(0, -1)
  } else {
    value += tracker.move(']')
  }

  return value
}

/**
 * Peek at this node.
 *
 * @returns {string}
 *   Start of the serialized markdown.
 */
function imageReferencePeek() {
  return '!'
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/inline-code.js
/**
 * @import {State} from 'mdast-util-to-markdown'
 * @import {InlineCode, Parents} from 'mdast'
 */

inlineCode.peek = inlineCodePeek

/**
 * Serialize an inline code node.
 *
 * @param {InlineCode} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @returns {string}
 *   Serialized markdown.
 */
function inlineCode(node, _, state) {
  let value = node.value || ''
  let sequence = '`'
  let index = -1

  // If there is a single grave accent on its own in the code, use a fence of
  // two.
  // If there are two in a row, use one.
  while (new RegExp('(^|[^`])' + sequence + '([^`]|$)').test(value)) {
    sequence += '`'
  }

  // If this is not just spaces or eols (tabs don’t count), and either the
  // first or last character are a space, eol, or tick, then pad with spaces.
  if (
    /[^\n\r ]/.test(value) &&
    ((/^[\n\r ]/.test(value) && /[\n\r ]$/.test(value)) || /^`|`$/.test(value))
  ) {
    value = ' ' + value + ' '
  }

  // We have a potential problem: certain characters after eols could result in
  // blocks being seen.
  // For example, if someone injected the string `'\n# b'`, then that would
  // result in an ATX heading.
  // We can’t escape characters in `inlineCode`, but because eols are
  // transformed to spaces when going from markdown to HTML anyway, we can swap
  // them out.
  while (++index < state.unsafe.length) {
    const pattern = state.unsafe[index]
    const expression = state.compilePattern(pattern)

    // Only look for `atBreak`s.
    // Btw: note that `atBreak` patterns will always start the regex at LF or
    // CR.
    if (!pattern.atBreak) continue

    /** @type {RegExpExecArray | null} */
    let match

    while ((match = expression.exec(value))) {
      let position = match.index

      // Support CRLF (patterns only look for one of the characters).
      if (
        value.charCodeAt(position) === 10 /* `\n` */ &&
        value.charCodeAt(position - 1) === 13 /* `\r` */
      ) {
        position--
      }

      value = value.slice(0, position) + ' ' + value.slice(match.index + 1)
    }
  }

  return sequence + value + sequence
}

/**
 * Peek at this node.
 *
 * @returns {string}
 *   Start of the serialized markdown.
 */
function inlineCodePeek() {
  return '`'
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/format-link-as-autolink.js
/**
 * @import {State} from 'mdast-util-to-markdown'
 * @import {Link} from 'mdast'
 */



/**
 * Checks if a link can be formatted as an autolink.
 *
 * @param {Link} node
 *   Node to check.
 * @param {State} state
 *   Info passed around.
 * @returns {boolean}
 *   Whether the link can be formatted as an autolink.
 */
function formatLinkAsAutolink(node, state) {
  const raw = lib_toString(node)

  return Boolean(
    !state.options.resourceLink &&
    // If there’s a url…
    node.url &&
    // And there’s no title…
    !node.title &&
    // And the content of `node` is a single text node…
    node.children &&
    node.children.length === 1 &&
    node.children[0].type === 'text' &&
    // And if the url is the same as the content…
    (raw === node.url || 'mailto:' + raw === node.url) &&
    // And that starts w/ a protocol…
    /^[a-z][+\-.a-z]+:/i.test(node.url) &&
    // And that doesn’t contain ASCII control codes (character escapes and
    // references don’t work), space, or angle brackets…
    !/[\0- <>\u007F]/.test(node.url)
  )
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/link.js
/**
 * @import {Info, State} from 'mdast-util-to-markdown'
 * @import {Link, Parents} from 'mdast'
 * @import {Exit} from '../types.js'
 */




link_link.peek = linkPeek

/**
 * Serialize a link node.
 *
 * @param {Link} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function link_link(node, _, state, info) {
  const quote = checkQuote(state)
  const suffix = quote === '"' ? 'Quote' : 'Apostrophe'
  const tracker = state.createTracker(info)

  if (formatLinkAsAutolink(node, state)) {
    // Hide that we’re in phrasing as things like attention or code cannot form
    // in autolinks.
    // Character escapes also don’t work (nor character references),
    // but that is a different matter, which `safe.js` handles for `autolink`.
    // It is important to know about other constructs, such as table cells.
    const stack = state.stack
    state.stack = stack.filter(function (d) {
      return d !== 'phrasing'
    })
    const exit = state.enter('autolink')
    let value = tracker.move('<')
    value += tracker.move(
      state.containerPhrasing(node, {
        before: value,
        after: '>',
        ...tracker.current()
      })
    )
    value += tracker.move('>')
    exit()
    state.stack = stack
    return value
  }

  const exit = state.enter('link')
  let subexit = state.enter('label')
  let value = tracker.move('[')
  const text = state.containerPhrasing(node, {
    before: value,
    after: '](',
    ...tracker.current()
  })
  value += tracker.move(text)
  subexit()
  value += tracker.move('](')

  // A link could accidentally turn into a definition in certain contexts:
  // at the start of a line, without title, when its text has a `]` that
  // cannot be escaped (such as in code).
  //
  // We can prevent that with an empty title:
  //
  // ```
  // [`a]:`](b)
  // ```
  //
  // …is a definition with `` `](b) `` as its destination.
  //
  // Using:
  //
  // ```
  // [`a]:`](b "")
  // ```
  //
  // …instead fixes it.
  //
  // Control characters, whitespace, or a leading `<` in the url need an
  // enclosed destination, which also prevents this.
  const enclose = /^<|[\0- \u007F]/.test(node.url)
  const last = info.before.charAt(info.before.length - 1)
  let title = node.title || undefined

  if (!title && !enclose && (last === '\n' || last === '\r')) {
    let index = 0

    while (index < text.length && text.charCodeAt(index) !== 93 /* `]` */) {
      index += text.charCodeAt(index) === 92 /* `\` */ ? 2 : 1
    }

    if (text.charCodeAt(index + 1) === 58 /* `:` */) title = ''
  }

  if (
    // If there’s no url but there is a title…
    (!node.url && typeof title === 'string') ||
    // If there are control characters or whitespace.
    enclose
  ) {
    subexit = state.enter('destinationLiteral')
    value += tracker.move('<')
    value += tracker.move(
      state.safe(node.url, {before: value, after: '>', ...tracker.current()})
    )
    value += tracker.move('>')
  } else {
    // No whitespace, raw is prettier.
    subexit = state.enter('destinationRaw')
    value += tracker.move(
      state.safe(node.url, {
        before: value,
        after: typeof title === 'string' ? ' ' : ')',
        ...tracker.current()
      })
    )
  }

  subexit()

  if (typeof title === 'string') {
    subexit = state.enter(`title${suffix}`)
    value += tracker.move(' ' + quote)
    value += tracker.move(
      state.safe(title, {
        before: value,
        after: quote,
        ...tracker.current()
      })
    )
    value += tracker.move(quote)
    subexit()
  }

  value += tracker.move(')')

  exit()
  return value
}

/**
 * Peek at this node.
 *
 * @param {Link} node
 *   Node to peek at.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @returns {string}
 *   Start of the serialized markdown.
 */
function linkPeek(node, _, state) {
  return formatLinkAsAutolink(node, state) ? '<' : '['
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/link-reference.js
/**
 * @import {Info, State} from 'mdast-util-to-markdown'
 * @import {LinkReference, Parents} from 'mdast'
 */

linkReference.peek = linkReferencePeek

/**
 * Serialize a link reference node.
 *
 * @param {LinkReference} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function linkReference(node, _, state, info) {
  const type = node.referenceType
  const exit = state.enter('linkReference')
  let subexit = state.enter('label')
  const tracker = state.createTracker(info)
  let value = tracker.move('[')
  const text = state.containerPhrasing(node, {
    before: value,
    after: ']',
    ...tracker.current()
  })
  value += tracker.move(text + '][')

  subexit()
  // Hide that we’re in phrasing as things like attention or code cannot form
  // in references.
  // Character escapes and references *do* work.
  // It is important to know about other constructs, such as table cells.
  const stack = state.stack
  state.stack = stack.filter(function (d) {
    return d !== 'phrasing'
  })
  subexit = state.enter('reference')
  // Note: for proper tracking, we should reset the output positions when we end
  // up making a `shortcut` reference, because then there is no brace output.
  // Practically, in that case, there is no content, so it doesn’t matter that
  // we’ve tracked one too many characters.
  const reference = state.safe(state.associationId(node), {
    before: value,
    after: ']',
    ...tracker.current()
  })
  subexit()
  state.stack = stack
  exit()

  if (type === 'full' || !text || text !== reference) {
    value += tracker.move(reference + ']')
  } else if (type === 'shortcut') {
    // Remove the unwanted `[`.
    value = value.slice(0, -1)
  } else {
    value += tracker.move(']')
  }

  return value
}

/**
 * Peek at this node.
 *
 * @returns {string}
 *   Start of the serialized markdown.
 */
function linkReferencePeek() {
  return '['
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/check-bullet.js
/**
 * @import {Options, State} from 'mdast-util-to-markdown'
 */

/**
 * Checks the preferred list bullet option.
 *
 * @param {State} state
 *   Info passed around.
 * @returns {Exclude<Options['bullet'], null | undefined>}
 *   Preferred list bullet.
 */
function checkBullet(state) {
  const marker = state.options.bullet || '*'

  if (marker !== '*' && marker !== '+' && marker !== '-') {
    throw new Error(
      'Cannot serialize items with `' +
        marker +
        '` for `options.bullet`, expected `*`, `+`, or `-`'
    )
  }

  return marker
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/check-bullet-other.js
/**
 * @import {Options, State} from 'mdast-util-to-markdown'
 */



/**
 * Checks the preferred alternate list bullet option.
 *
 * @param {State} state
 *   Info passed around.
 * @returns {Exclude<Options['bullet'], null | undefined>}
 *   Preferred alternate list bullet.
 */
function checkBulletOther(state) {
  const bullet = checkBullet(state)
  const bulletOther = state.options.bulletOther

  if (!bulletOther) {
    return bullet === '*' ? '-' : '*'
  }

  if (bulletOther !== '*' && bulletOther !== '+' && bulletOther !== '-') {
    throw new Error(
      'Cannot serialize items with `' +
        bulletOther +
        '` for `options.bulletOther`, expected `*`, `+`, or `-`'
    )
  }

  if (bulletOther === bullet) {
    throw new Error(
      'Expected `bullet` (`' +
        bullet +
        '`) and `bulletOther` (`' +
        bulletOther +
        '`) to be different'
    )
  }

  return bulletOther
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/check-bullet-ordered.js
/**
 * @import {Options, State} from 'mdast-util-to-markdown'
 */

/**
 * Checks the preferred ordered list bullet option.
 *
 * @param {State} state
 *   Info passed around.
 * @returns {Exclude<Options['bulletOrdered'], null | undefined>}
 *   Preferred ordered list bullet.
 */
function checkBulletOrdered(state) {
  const marker = state.options.bulletOrdered || '.'

  if (marker !== '.' && marker !== ')') {
    throw new Error(
      'Cannot serialize items with `' +
        marker +
        '` for `options.bulletOrdered`, expected `.` or `)`'
    )
  }

  return marker
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/check-rule.js
/**
 * @import {Options, State} from 'mdast-util-to-markdown'
 */

/**
 * Checks the preferred rule option.
 *
 * @param {State} state
 *   Info passed around.
 * @returns {Exclude<Options['rule'], null | undefined>}
 *   Preferred rule marker.
 */
function checkRule(state) {
  const marker = state.options.rule || '*'

  if (marker !== '*' && marker !== '-' && marker !== '_') {
    throw new Error(
      'Cannot serialize rules with `' +
        marker +
        '` for `options.rule`, expected `*`, `-`, or `_`'
    )
  }

  return marker
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/list.js
/**
 * @import {Info, State} from 'mdast-util-to-markdown'
 * @import {List, Parents} from 'mdast'
 */






/**
 * Serialize a list node.
 *
 * @param {List} node
 *   Node to serialize.
 * @param {Parents | undefined} parent
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function list(node, parent, state, info) {
  const exit = state.enter('list')
  const bulletCurrent = state.bulletCurrent
  /** @type {string} */
  let bullet = node.ordered ? checkBulletOrdered(state) : checkBullet(state)
  /** @type {string} */
  const bulletOther = node.ordered
    ? bullet === '.'
      ? ')'
      : '.'
    : checkBulletOther(state)
  let useDifferentMarker =
    parent && state.bulletLastUsed ? bullet === state.bulletLastUsed : false

  if (!node.ordered) {
    const firstListItem = node.children ? node.children[0] : undefined

    // If there’s an empty first list item directly in two list items,
    // we have to use a different bullet:
    //
    // ```markdown
    // * - *
    // ```
    //
    // …because otherwise it would become one big thematic break.
    if (
      // Bullet could be used as a thematic break marker:
      (bullet === '*' || bullet === '-') &&
      // Empty first list item:
      firstListItem &&
      (!firstListItem.children || !firstListItem.children[0]) &&
      // Directly in two other list items:
      state.stack[state.stack.length - 1] === 'list' &&
      state.stack[state.stack.length - 2] === 'listItem' &&
      state.stack[state.stack.length - 3] === 'list' &&
      state.stack[state.stack.length - 4] === 'listItem' &&
      // That are each the first child.
      state.indexStack[state.indexStack.length - 1] === 0 &&
      state.indexStack[state.indexStack.length - 2] === 0 &&
      state.indexStack[state.indexStack.length - 3] === 0
    ) {
      useDifferentMarker = true
    }

    // If there’s a thematic break at the start of the first list item,
    // we have to use a different bullet:
    //
    // ```markdown
    // * ---
    // ```
    //
    // …because otherwise it would become one big thematic break.
    if (checkRule(state) === bullet && firstListItem) {
      let index = -1

      while (++index < node.children.length) {
        const item = node.children[index]

        if (
          item &&
          item.type === 'listItem' &&
          item.children &&
          item.children[0] &&
          item.children[0].type === 'thematicBreak'
        ) {
          useDifferentMarker = true
          break
        }
      }
    }
  }

  if (useDifferentMarker) {
    bullet = bulletOther
  }

  state.bulletCurrent = bullet
  const value = state.containerFlow(node, info)
  state.bulletLastUsed = bullet
  state.bulletCurrent = bulletCurrent
  exit()
  return value
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/check-list-item-indent.js
/**
 * @import {Options, State} from 'mdast-util-to-markdown'
 */

/**
 * Checks the preferred list item indent option.
 *
 * @param {State} state
 *   Info passed around.
 * @returns {Exclude<Options['listItemIndent'], null | undefined>}
 *   Preferred list item indent.
 */
function checkListItemIndent(state) {
  const style = state.options.listItemIndent || 'one'

  if (style !== 'tab' && style !== 'one' && style !== 'mixed') {
    throw new Error(
      'Cannot serialize items with `' +
        style +
        '` for `options.listItemIndent`, expected `tab`, `one`, or `mixed`'
    )
  }

  return style
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/list-item.js
/**
 * @import {Info, Map, State} from 'mdast-util-to-markdown'
 * @import {ListItem, Parents} from 'mdast'
 */




/**
 * Serialize a list item node.
 *
 * @param {ListItem} node
 *   Node to serialize.
 * @param {Parents | undefined} parent
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function listItem(node, parent, state, info) {
  const listItemIndent = checkListItemIndent(state)
  let bullet = state.bulletCurrent || checkBullet(state)

  // Add the marker value for ordered lists.
  if (parent && parent.type === 'list' && parent.ordered) {
    bullet =
      (typeof parent.start === 'number' && parent.start > -1
        ? parent.start
        : 1) +
      (state.options.incrementListMarker === false
        ? 0
        : parent.children.indexOf(node)) +
      bullet
  }

  let size = bullet.length + 1

  if (
    listItemIndent === 'tab' ||
    (listItemIndent === 'mixed' &&
      ((parent && parent.type === 'list' && parent.spread) || node.spread))
  ) {
    size = Math.ceil(size / 4) * 4
  }

  const tracker = state.createTracker(info)
  tracker.move(bullet + ' '.repeat(size - bullet.length))
  tracker.shift(size)
  const exit = state.enter('listItem')
  const value = state.indentLines(
    state.containerFlow(node, tracker.current()),
    map
  )
  exit()

  return value

  /**
   * Indent lines of the list item.
   *
   * @type {Map}
   */
  function map(line, index, blank) {
    if (index) {
      return (blank ? '' : ' '.repeat(size)) + line
    }

    return (blank ? bullet : bullet + ' '.repeat(size - bullet.length)) + line
  }
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/paragraph.js
/**
 * @import {Info, State} from 'mdast-util-to-markdown'
 * @import {Paragraph, Parents} from 'mdast'
 */

/**
 * Serialize a paragraph node.
 *
 * @param {Paragraph} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function paragraph(node, _, state, info) {
  const exit = state.enter('paragraph')
  const subexit = state.enter('phrasing')
  const value = state.containerPhrasing(node, info)
  subexit()
  exit()
  return value
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-phrasing/lib/index.js
/**
 * @typedef {import('mdast').Html} Html
 * @typedef {import('mdast').PhrasingContent} PhrasingContent
 */



/**
 * Check if the given value is *phrasing content*.
 *
 * > 👉 **Note**: Excludes `html`, which can be both phrasing or flow.
 *
 * @param node
 *   Thing to check, typically `Node`.
 * @returns
 *   Whether `value` is phrasing content.
 */

const lib_phrasing =
  /** @type {(node?: unknown) => node is Exclude<PhrasingContent, Html>} */
  (
    convert([
      'break',
      'delete',
      'emphasis',
      // To do: next major: removed since footnotes were added to GFM.
      'footnote',
      'footnoteReference',
      'image',
      'imageReference',
      'inlineCode',
      // Enabled by `mdast-util-math`:
      'inlineMath',
      'link',
      'linkReference',
      // Enabled by `mdast-util-mdx`:
      'mdxJsxTextElement',
      // Enabled by `mdast-util-mdx`:
      'mdxTextExpression',
      'strong',
      'text',
      // Enabled by `mdast-util-directive`:
      'textDirective'
    ])
  )

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/root.js
/**
 * @import {Info, State} from 'mdast-util-to-markdown'
 * @import {Parents, Root} from 'mdast'
 */



/**
 * Serialize a root node.
 *
 * @param {Root} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function root(node, _, state, info) {
  // Note: `html` nodes are ambiguous.
  const hasPhrasing = node.children.some(function (d) {
    return lib_phrasing(d)
  })

  if (!hasPhrasing) return state.containerFlow(node, info)

  const exit = state.enter('phrasing')
  const value = state.containerPhrasing(node, info)
  exit()
  return value
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/check-strong.js
/**
 * @import {Options, State} from 'mdast-util-to-markdown'
 */

/**
 * Checks the preferred strong option.
 *
 * @param {State} state
 *   Info passed around.
 * @returns {Exclude<Options['strong'], null | undefined>}
 *   Preferred strong marker.
 */
function checkStrong(state) {
  const marker = state.options.strong || '*'

  if (marker !== '*' && marker !== '_') {
    throw new Error(
      'Cannot serialize strong with `' +
        marker +
        '` for `options.strong`, expected `*`, or `_`'
    )
  }

  return marker
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/strong.js
/**
 * @import {AttentionInfo, Info, State} from 'mdast-util-to-markdown'
 * @import {Parents, Strong} from 'mdast'
 */




strong.attention = strong_attention
strong.peek = strong_peek

/**
 * Serialize a strong node.
 *
 * Attention is properly handled by `containerPhrasing`.
 *
 * @param {Strong} node
 *   Node to serialize.
 * @param {Parents | undefined} _
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function strong(node, _, state, info) {
  const exit = state.enter('phrasing')
  const item = attentionItem(node, strong_attention, state, state.createTracker(info))
  const value = item ? container_phrasing_serialize([item], info.before, info.after) : ''
  exit()
  return value
}

/**
 * Serialize a strong node as attention.
 *
 * @param {Strong} _
 *   Node to serialize.
 * @param {State} state
 *   Info passed around.
 * @returns {AttentionInfo}
 *   Info on how to serialize the node.
 */
function strong_attention(_, state) {
  const marker = checkStrong(state)
  return {
    construct: 'strong',
    markers: marker === '*' ? ['*', '_'] : ['_', '*'],
    sizes: [2]
  }
}

/**
 * Peek at this node.
 *
 * @param {Strong} _
 *   Node to serialize.
 * @param {Parents | undefined} _1
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @returns {string}
 *   Start of the serialized markdown.
 */
function strong_peek(_, _1, state) {
  return state.options.strong || '*'
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/text.js
/**
 * @import {Info, State} from 'mdast-util-to-markdown'
 * @import {Parents, Text} from 'mdast'
 */

/**
 * Serialize a text node.
 *
 * @param {Text} node
 *   Node to serialize.
 * @param {Parents | undefined} parent
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @param {Info} info
 *   Info on surrounding context.
 * @returns {string}
 *   Serialized markdown.
 */
function text_text(node, parent, state, info) {
  /* c8 ignore next -- parent always passed */
  const siblings = parent ? parent.children : []
  const index = state.indexStack[state.indexStack.length - 1]

  return state.safe(node.value, {
    ...info,
    afterNode: siblings[index + 1],
    beforeNode: siblings[index - 1]
  })
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/check-rule-repetition.js
/**
 * @import {Options, State} from 'mdast-util-to-markdown'
 */

/**
 * Checks the preferred rule repetition option.
 *
 * @param {State} state
 *   Info passed around.
 * @returns {Exclude<Options['ruleRepetition'], null | undefined>}
 *   Preferred rule repetition.
 */
function checkRuleRepetition(state) {
  const repetition = state.options.ruleRepetition || 3

  if (repetition < 3) {
    throw new Error(
      'Cannot serialize rules with repetition `' +
        repetition +
        '` for `options.ruleRepetition`, expected `3` or more'
    )
  }

  return repetition
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/thematic-break.js
/**
 * @import {State} from 'mdast-util-to-markdown'
 * @import {Parents, ThematicBreak} from 'mdast'
 */




/**
 * Serialize a thematic break node.
 *
 * @param {ThematicBreak} _
 *   Node to serialize.
 * @param {Parents | undefined} _1
 *   Parent node.
 * @param {State} state
 *   Info passed around.
 * @returns {string}
 *   Serialized markdown.
 */
function thematicBreak(_, _1, state) {
  const value = (
    checkRule(state) + (state.options.ruleSpaces ? ' ' : '')
  ).repeat(checkRuleRepetition(state))

  return state.options.ruleSpaces ? value.slice(0, -1) : value
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/index.js




















/**
 * Default (CommonMark) handlers.
 */
const handle = {
  blockquote: blockquote,
  break: hardBreak,
  code: code,
  definition: definition,
  emphasis: emphasis,
  hardBreak: hardBreak,
  heading: heading,
  html: html,
  image: image_image,
  imageReference: imageReference,
  inlineCode: inlineCode,
  link: link_link,
  linkReference: linkReference,
  list: list,
  listItem: listItem,
  paragraph: paragraph,
  root: root,
  strong: strong,
  text: text_text,
  thematicBreak: thematicBreak
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-gfm-table/lib/index.js
/**
 * @import {Heading, InlineCode, Table, TableCell, TableRow} from 'mdast'
 * @import {Options as MarkdownTableOptions} from 'markdown-table'
 * @import {
 *   CompileContext,
 *   Extension as FromMarkdownExtension,
 *   Handle as FromMarkdownHandle,
 * } from 'mdast-util-from-markdown'
 * @import {
 *   Options as ToMarkdownExtension,
 *   Handle as ToMarkdownHandle,
 *   Info,
 *   Join,
 *   State
 * } from 'mdast-util-to-markdown'
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [tableCellPadding=true]
 *   Whether to add a space of padding between delimiters and cells (default:
 *   `true`).
 * @property {boolean | null | undefined} [tablePipeAlign=true]
 *   Whether to align the delimiters (default: `true`).
 * @property {MarkdownTableOptions['stringLength'] | null | undefined} [stringLength]
 *   Function to detect the length of table cell content, used when aligning
 *   the delimiters between cells (optional).
 */







/**
 * Create an extension for `mdast-util-from-markdown` to enable GFM tables in
 * markdown.
 *
 * @returns {FromMarkdownExtension}
 *   Extension for `mdast-util-from-markdown` to enable GFM tables.
 */
function gfmTableFromMarkdown() {
  return {
    enter: {
      table: enterTable,
      tableData: enterCell,
      tableHeader: enterCell,
      tableRow: enterRow
    },
    exit: {
      codeText: exitCodeText,
      table: exitTable,
      tableData: exit,
      tableHeader: exit,
      tableRow: exit
    }
  }
}

/**
 * Enter a table.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function enterTable(token) {
  const align = token._align
  assert(align, 'expected `_align` on table')
  // Trailing `position: undefined` keeps the table hidden class stable;
  // mdast-util-from-markdown's enter() patches the field to a real value
  // but the property already exists, so no shape transition fires.
  this.enter(
    {
      type: 'table',
      align: align.map(function (d) {
        return d === 'none' ? null : d
      }),
      children: [],
      position: undefined
    },
    token
  )
  this.data.inTable = true
}

/**
 * Exit a table.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function exitTable(token) {
  this.exit(token)
  this.data.inTable = undefined
}

/**
 * Enter a row.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function enterRow(token) {
  // See enterTable above for the rationale on the trailing position field.
  this.enter({type: 'tableRow', children: [], position: undefined}, token)
}

/**
 * Exit a row or cell.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function exit(token) {
  this.exit(token)
}

/**
 * Enter a cell.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function enterCell(token) {
  // See enterTable above for the rationale on the trailing position field.
  this.enter({type: 'tableCell', children: [], position: undefined}, token)
}

/**
 * Exit code (text).
 *
 * Overwrites the default code text data handler to unescape escaped pipes
 * when they are in tables.
 *
 * @this {CompileContext}
 * @type {FromMarkdownHandle}
 */
function exitCodeText(token) {
  let value = this.resume()

  if (this.data.inTable) {
    value = value.replace(/\\([\\|])/g, replace)
  }

  const node = this.stack[this.stack.length - 1]
  assert(node.type === 'inlineCode')
  node.value = value
  this.exit(token)
}

/**
 * Unescape an escaped pipe.
 *
 * @param {string} $0
 *   Whole match.
 * @param {string} $1
 *   Escaped character.
 * @returns {string}
 *   Replacement.
 */
function replace($0, $1) {
  // Pipes work, backslashes don’t (but can’t escape pipes).
  return $1 === '|' ? $1 : $0
}

/**
 * Create an extension for `mdast-util-to-markdown` to enable GFM tables in
 * markdown.
 *
 * @param {Options | null | undefined} [options]
 *   Configuration.
 * @returns {ToMarkdownExtension}
 *   Extension for `mdast-util-to-markdown` to enable GFM tables.
 */
function gfmTableToMarkdown(options) {
  const settings = options || {}
  const {
    tableCellPadding: padding,
    tablePipeAlign: alignDelimiters,
    stringLength
  } = settings
  const around = padding ? ' ' : '|'

  return {
    handlers: {
      inlineCode: inlineCodeWithTable,
      table: handleTable,
      tableCell: handleTableCell,
      tableRow: handleTableRow
    },
    join: [joinTable],
    unsafe: [
      {character: '\r', inConstruct: 'tableCell'},
      {character: '\n', inConstruct: 'tableCell'},
      // A pipe, when followed by a tab or space (padding), or a dash or colon
      // (unpadded delimiter row), could result in a table.
      {atBreak: true, character: '|', after: '[\t :-]'},
      // A pipe in a cell must be encoded.
      {character: '|', inConstruct: 'tableCell'},
      // A colon must be followed by a dash, in which case it could start a
      // delimiter row.
      {atBreak: true, character: ':', after: '-'},
      // A delimiter row can also start with a dash, when followed by more
      // dashes, a colon, or a pipe.
      // This is a stricter version than the built in check for lists, thematic
      // breaks, and setex heading underlines though:
      // <https://github.com/syntax-tree/mdast-util-to-markdown/blob/51a2038/lib/unsafe.js#L57>
      {atBreak: true, character: '-', after: '[:|-]'}
    ]
  }

  /**
   * Serialize a table.
   *
   * @type {ToMarkdownHandle}
   * @param {Table} node
   *   Table.
   */
  function handleTable(node, _, state, info) {
    const matrix = handleTableAsData(node, state, info)
    const head = matrix[0]

    if (head) {
      let columns = node.align ? node.align.length : 0
      let index = -1

      if (!columns) {
        while (++index < matrix.length) {
          if (matrix[index].length > columns) columns = matrix[index].length
        }
      }

      while (head.length < columns) head.push('')
    }

    return serializeData(matrix, node.align)
  }

  /**
   * This function isn’t really used normally, because we handle rows at the
   * table level.
   * But, if someone passes in a table row, this ensures we make somewhat sense.
   *
   * @type {ToMarkdownHandle}
   * @param {TableRow} node
   *   Row.
   */
  function handleTableRow(node, _, state, info) {
    const row = handleTableRowAsData(node, state, info)
    const value = serializeData([row])
    // `markdown-table` will always add an align row
    return value.slice(0, value.indexOf('\n'))
  }

  /**
   * Serialize a cell.
   *
   * @type {ToMarkdownHandle}
   * @param {TableCell} node
   *   Cell.
   */
  function handleTableCell(node, _, state, info) {
    const exit = state.enter('tableCell')
    const subexit = state.enter('phrasing')
    const value = state.containerPhrasing(node, {
      ...info,
      before: around,
      after: around
    })
    subexit()
    exit()
    return value
  }

  /**
   * Serialize serialized cells as a table.
   *
   * @param {Array<Array<string>>} matrix
   *   Serialized cells.
   * @param {Array<string | null | undefined> | null | undefined} [align]
   *   Alignment.
   * @returns {string}
   *   Result.
   */
  function serializeData(matrix, align) {
    return markdownTable(matrix, {
      align,
      alignDelimiters,
      fillRows: false,
      padding,
      stringLength
    })
  }

  /**
   * Serialize the cells of a table.
   *
   * @param {Table} node
   *   Table.
   * @param {State} state
   *   State.
   * @param {Info} info
   *   Info.
   * @returns {Array<Array<string>>}
   *   Serialized cells.
   */
  function handleTableAsData(node, state, info) {
    const {children} = node
    let index = -1
    /** @type {Array<Array<string>>} */
    const result = []
    const subexit = state.enter('table')

    while (++index < children.length) {
      result[index] = handleTableRowAsData(children[index], state, info)
    }

    subexit()

    return result
  }

  /**
   * Serialize the cells of a row.
   *
   * @param {TableRow} node
   *   Row.
   * @param {State} state
   *   State.
   * @param {Info} info
   *   Info.
   * @returns {Array<string>}
   *   Serialized cells.
   */
  function handleTableRowAsData(node, state, info) {
    const {children} = node
    let index = -1
    /** @type {Array<string>} */
    const result = []
    const subexit = state.enter('tableRow')

    while (++index < children.length) {
      // Note: the positional info as used here is incorrect.
      // Making it correct would be impossible due to aligning cells?
      // And it would need copy/pasting `markdown-table` into this project.
      result[index] = handleTableCell(children[index], node, state, info)
    }

    subexit()

    return result
  }

  /**
   * Serialize inline code, escaping pipes in tables.
   *
   * @type {ToMarkdownHandle}
   * @param {InlineCode} node
   *   Inline code.
   */
  function inlineCodeWithTable(node, parent, state) {
    const value = handle.inlineCode(node, parent, state)

    if (!state.stack.includes('tableCell')) return value

    // In a cell, the backslash before a pipe is dropped, also in code.
    // GitHub keeps a pipe in the cell when any backslash precedes it,
    // but micromark only when an odd number do,
    // as it sees `\\` as an escaped backslash
    // (see <https://github.com/github/cmark-gfm/issues/277>).
    /** @type {Array<string>} */
    const result = []
    let start = 0
    let index = value.indexOf('|')

    while (index !== -1) {
      let before = index

      while (before > start && value.charCodeAt(before - 1) === 92 /* `\` */) {
        before--
      }

      result.push(value.slice(start, index))
      if ((index - before) % 2 === 0) result.push('\\')
      start = index
      index = value.indexOf('|', index + 1)
    }

    result.push(value.slice(start))

    return result.join('')
  }
}

/**
 * Join a table and the flow after it.
 *
 * In a tight list item there are no blank lines between flow,
 * but text right after a table would be read as rows of it.
 *
 * @type {Join}
 */
function joinTable(left, right, parent, state) {
  if (
    left.type === 'table' &&
    parent.type === 'listItem' &&
    parent.spread === false &&
    (right.type === 'definition' ||
      (right.type === 'heading' && lib_formatHeadingAsSetext(right, state)) ||
      right.type === 'paragraph' ||
      right.type === 'table')
  ) {
    return 1
  }
}

/**
 * Check whether a heading is serialized as a setext heading,
 * like `mdast-util-to-markdown` does.
 *
 * @param {Heading} node
 *   Heading.
 * @param {State} state
 *   Info passed around.
 * @returns {boolean}
 *   Whether the heading is serialized as a setext heading.
 */
function lib_formatHeadingAsSetext(node, state) {
  let literalWithBreak = false

  visit(node, function (node) {
    if (
      node.type === 'break' ||
      ('value' in node && /\r?\n|\r/.test(node.value))
    ) {
      literalWithBreak = true
      return EXIT
    }
  })

  return Boolean(
    (!node.depth || node.depth < 3) &&
    lib_toString(node) &&
    (state.options.setext || literalWithBreak)
  )
}

;// CONCATENATED MODULE: ./node_modules/zwitch/index.js
/**
 * @callback Handler
 *   Handle a value, with a certain ID field set to a certain value.
 *   The ID field is passed to `zwitch`, and it’s value is this function’s
 *   place on the `handlers` record.
 * @param {...any} parameters
 *   Arbitrary parameters passed to the zwitch.
 *   The first will be an object with a certain ID field set to a certain value.
 * @returns {any}
 *   Anything!
 */

/**
 * @callback UnknownHandler
 *   Handle values that do have a certain ID field, but it’s set to a value
 *   that is not listed in the `handlers` record.
 * @param {unknown} value
 *   An object with a certain ID field set to an unknown value.
 * @param {...any} rest
 *   Arbitrary parameters passed to the zwitch.
 * @returns {any}
 *   Anything!
 */

/**
 * @callback InvalidHandler
 *   Handle values that do not have a certain ID field.
 * @param {unknown} value
 *   Any unknown value.
 * @param {...any} rest
 *   Arbitrary parameters passed to the zwitch.
 * @returns {void|null|undefined|never}
 *   This should crash or return nothing.
 */

/**
 * @template {InvalidHandler} [Invalid=InvalidHandler]
 * @template {UnknownHandler} [Unknown=UnknownHandler]
 * @template {Record<string, Handler>} [Handlers=Record<string, Handler>]
 * @typedef Options
 *   Configuration (required).
 * @property {Invalid} [invalid]
 *   Handler to use for invalid values.
 * @property {Unknown} [unknown]
 *   Handler to use for unknown values.
 * @property {Handlers} [handlers]
 *   Handlers to use.
 */

const own = {}.hasOwnProperty

/**
 * Handle values based on a field.
 *
 * @template {InvalidHandler} [Invalid=InvalidHandler]
 * @template {UnknownHandler} [Unknown=UnknownHandler]
 * @template {Record<string, Handler>} [Handlers=Record<string, Handler>]
 * @param {string} key
 *   Field to switch on.
 * @param {Options<Invalid, Unknown, Handlers>} [options]
 *   Configuration (required).
 * @returns {{unknown: Unknown, invalid: Invalid, handlers: Handlers, (...parameters: Parameters<Handlers[keyof Handlers]>): ReturnType<Handlers[keyof Handlers]>, (...parameters: Parameters<Unknown>): ReturnType<Unknown>}}
 */
function zwitch(key, options) {
  const settings = options || {}

  /**
   * Handle one value.
   *
   * Based on the bound `key`, a respective handler will be called.
   * If `value` is not an object, or doesn’t have a `key` property, the special
   * “invalid” handler will be called.
   * If `value` has an unknown `key`, the special “unknown” handler will be
   * called.
   *
   * All arguments, and the context object, are passed through to the handler,
   * and it’s result is returned.
   *
   * @this {unknown}
   *   Any context object.
   * @param {unknown} [value]
   *   Any value.
   * @param {...unknown} parameters
   *   Arbitrary parameters passed to the zwitch.
   * @property {Handler} invalid
   *   Handle for values that do not have a certain ID field.
   * @property {Handler} unknown
   *   Handle values that do have a certain ID field, but it’s set to a value
   *   that is not listed in the `handlers` record.
   * @property {Handlers} handlers
   *   Record of handlers.
   * @returns {unknown}
   *   Anything.
   */
  function one(value, ...parameters) {
    /** @type {Handler|undefined} */
    let fn = one.invalid
    const handlers = one.handlers

    if (value && own.call(value, key)) {
      // @ts-expect-error Indexable.
      const id = String(value[key])
      // @ts-expect-error Indexable.
      fn = own.call(handlers, id) ? handlers[id] : one.unknown
    }

    if (fn) {
      return fn.call(this, value, ...parameters)
    }
  }

  one.handlers = settings.handlers || {}
  one.invalid = settings.invalid
  one.unknown = settings.unknown

  // @ts-expect-error: matches!
  return one
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/configure.js
/**
 * @import {Options, State} from './types.js'
 */

const configure_own = {}.hasOwnProperty

/**
 * Configure a base state w/ an extension.
 *
 * @param {State} base
 *   Base state to configure.
 * @param {Options} extension
 *   Extension to apply.
 * @returns {State}
 *   Given `base`.
 */
function configure(base, extension) {
  let index = -1
  /** @type {keyof Options} */
  let key

  // First do subextensions.
  if (extension.extensions) {
    while (++index < extension.extensions.length) {
      configure(base, extension.extensions[index])
    }
  }

  for (key in extension) {
    if (configure_own.call(extension, key)) {
      switch (key) {
        case 'extensions': {
          // Empty.
          break
        }

        /* c8 ignore next 4 */
        case 'unsafe': {
          configure_list(base[key], extension[key])
          break
        }

        case 'join': {
          configure_list(base[key], extension[key])
          break
        }

        case 'handlers': {
          configure_map(base[key], extension[key])
          break
        }

        default: {
          // @ts-expect-error: matches.
          base.options[key] = extension[key]
        }
      }
    }
  }

  return base
}

/**
 * Merge arrays from the extension into the base state.
 *
 * @template T
 *   Kind.
 * @param {Array<T>} left
 *   List to merge into.
 * @param {Array<T> | null | undefined} right
 *   List to merge from.
 * @returns {undefined}
 *   Nothing.
 */
function configure_list(left, right) {
  if (right) {
    left.push(...right)
  }
}

/**
 * Merge objects from the extension into the base state.
 *
 * @template T
 *   Kind.
 * @param {Record<string, T>} left
 *   Object to merge into.
 * @param {Record<string, T> | null | undefined} right
 *   Object to merge from.
 * @returns {undefined}
 *   Nothing.
 */
function configure_map(left, right) {
  if (right) {
    Object.assign(left, right)
  }
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/join.js
/**
 * @import {Join} from 'mdast-util-to-markdown'
 */






/** @type {Array<Join>} */
const join_join = [joinDefaults]

/**
 * Default join function.
 *
 * @type {Join}
 */
function joinDefaults(left, right, parent, state) {
  // Indented code after list or another indented code.
  if (
    right.type === 'code' &&
    formatCodeAsIndented(right, state) &&
    (left.type === 'list' ||
      (left.type === right.type && formatCodeAsIndented(left, state)))
  ) {
    return false
  }

  // Join children of a list or an item.
  // In which case, `parent` has a `spread` field.
  if ('spread' in parent && typeof parent.spread === 'boolean') {
    if (parent.spread) return 1

    // HTML that only ends at a blank line.
    if (left.type === 'html') {
      const kind = htmlKind(left.value)
      if (kind === undefined || kind === 6 || kind === 7) return 1
    }

    if (left.type === 'blockquote' && right.type === 'blockquote') return 1

    // Lists with non-1 start would turn into a paragraph.
    if (
      (left.type === 'definition' || left.type === 'paragraph') &&
      right.type === 'list' &&
      ((right.ordered &&
        typeof right.start === 'number' &&
        right.start !== 1) ||
        (right.children.length > 0 && right.children[0].children.length === 0))
    ) {
      return 1
    }

    // Thematic break with dashes would turn into a setext heading.
    if (
      left.type === 'paragraph' &&
      right.type === 'thematicBreak' &&
      checkRule(state) === '-' &&
      !state.options.ruleSpaces
    ) {
      return 1
    }

    // We have to “delve” into containers that form from the left margin.
    let tail = left

    while (
      (tail.type === 'blockquote' ||
        tail.type === 'list' ||
        tail.type === 'listItem') &&
      tail.children.length > 0
    ) {
      tail = tail.children[tail.children.length - 1]
    }

    if (tail.type !== 'definition' && tail.type !== 'paragraph') return 0

    // Indented code would turn into a paragraph.
    if (right.type === 'code' && formatCodeAsIndented(right, state)) return 1

    // Kind 7 HTML would turn into a paragraph.
    if (right.type === 'html') {
      const kind = htmlKind(right.value)
      if (kind === undefined || kind === 7) return 1
    }

    // Text joins the paragraph before it, also one at the end of a container.
    // Not a definition before it: definitions are parsed out of the start of
    // a paragraph, so they and the text after them are read back the same.
    if (
      (left.type === 'paragraph' || left !== tail) &&
      (right.type === 'definition' ||
        (right.type === 'heading' && formatHeadingAsSetext(right, state)) ||
        right.type === 'paragraph')
    ) {
      return 1
    }

    return 0
  }
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/unsafe.js
/**
 * @import {ConstructName, Unsafe} from 'mdast-util-to-markdown'
 */

/**
 * List of constructs that occur in phrasing (paragraphs, headings), but cannot
 * contain things like attention (emphasis, strong), images, or links.
 * So they sort of cancel each other out.
 * Note: could use a better name.
 *
 * @type {Array<ConstructName>}
 */
const fullPhrasingSpans = [
  'autolink',
  'destinationLiteral',
  'destinationRaw',
  'reference',
  'titleQuote',
  'titleApostrophe'
]

/** @type {Array<Unsafe>} */
const unsafe = [
  {character: '\t', after: '[\\r\\n]', inConstruct: 'phrasing'},
  {character: '\t', before: '[\\r\\n]', inConstruct: 'phrasing'},
  {
    character: '\t',
    inConstruct: ['codeFencedLangGraveAccent', 'codeFencedLangTilde']
  },
  {
    character: '\r',
    inConstruct: [
      'codeFencedLangGraveAccent',
      'codeFencedLangTilde',
      'codeFencedMetaGraveAccent',
      'codeFencedMetaTilde',
      'destinationLiteral',
      'headingAtx'
    ]
  },
  {
    character: '\n',
    inConstruct: [
      'codeFencedLangGraveAccent',
      'codeFencedLangTilde',
      'codeFencedMetaGraveAccent',
      'codeFencedMetaTilde',
      'destinationLiteral',
      'headingAtx'
    ]
  },
  {character: '\r', before: '[\\r\\n]', inConstruct: 'phrasing'},
  {character: '\r', after: '\\r', inConstruct: 'phrasing'},
  {character: '\n', before: '\\n', inConstruct: 'phrasing'},
  {character: '\n', after: '[\\r\\n]', inConstruct: 'phrasing'},
  {character: ' ', after: '[\\r\\n]', inConstruct: 'phrasing'},
  {character: ' ', before: '[\\r\\n]', inConstruct: 'phrasing'},
  {
    character: ' ',
    inConstruct: ['codeFencedLangGraveAccent', 'codeFencedLangTilde']
  },
  // An exclamation mark can start an image, if it is followed by a link or
  // a link reference.
  {
    character: '!',
    after: '\\[',
    inConstruct: 'phrasing',
    notInConstruct: fullPhrasingSpans
  },
  // A quote can break out of a title.
  {character: '"', inConstruct: 'titleQuote'},
  // A number sign could start an ATX heading if it starts a line.
  {atBreak: true, character: '#'},
  {character: '#', inConstruct: 'headingAtx', after: '(?:[\r\n]|$)'},
  // Dollar sign and percentage are not used in markdown.
  // An ampersand could start a character reference.
  // Labels match on their source.
  {
    character: '&',
    after: '[#A-Za-z]',
    inConstruct: [
      'codeFencedLangGraveAccent',
      'codeFencedLangTilde',
      'codeFencedMetaGraveAccent',
      'codeFencedMetaTilde',
      'destinationLiteral',
      'destinationRaw',
      'phrasing',
      'titleApostrophe',
      'titleQuote'
    ]
  },
  // An apostrophe can break out of a title.
  {character: "'", inConstruct: 'titleApostrophe'},
  // A left paren could break out of a destination raw.
  {character: '(', inConstruct: 'destinationRaw'},
  // A left paren followed by `]` could make something into a link or image.
  {
    before: '\\]',
    character: '(',
    inConstruct: 'phrasing',
    notInConstruct: fullPhrasingSpans
  },
  // A right paren could start a list item or break out of a destination
  // raw.
  {atBreak: true, before: '\\d+', character: ')'},
  {character: ')', inConstruct: 'destinationRaw'},
  // An asterisk can start thematic breaks, list items, emphasis, strong.
  {atBreak: true, character: '*', after: '(?:[ \t\r\n*])'},
  {character: '*', inConstruct: 'phrasing', notInConstruct: fullPhrasingSpans},
  // A plus sign could start a list item.
  {atBreak: true, character: '+', after: '(?:[ \t\r\n])'},
  // A dash can start thematic breaks, list items, and setext heading
  // underlines.
  {atBreak: true, character: '-', after: '(?:[ \t\r\n-])'},
  // A dot could start a list item.
  {atBreak: true, before: '\\d+', character: '.', after: '(?:[ \t\r\n]|$)'},
  // Slash, colon, and semicolon are not used in markdown for constructs.
  // A less than can start html (flow or text) or an autolink.
  // HTML could start with an exclamation mark (declaration, cdata, comment),
  // slash (closing tag), question mark (instruction), or a letter (tag).
  // An autolink also starts with a letter.
  // It could break out of a destination literal,
  // or start one at the start of a destination raw.
  {atBreak: true, character: '<', after: '[!/?A-Za-z]'},
  {
    character: '<',
    after: '[!/?A-Za-z]',
    inConstruct: 'phrasing',
    notInConstruct: fullPhrasingSpans
  },
  {character: '<', inConstruct: 'destinationLiteral'},
  {character: '<', before: '[( ]', inConstruct: 'destinationRaw'},
  // An equals to can start setext heading underlines.
  {atBreak: true, character: '='},
  // A greater than can start block quotes and it can break out of a
  // destination literal.
  {atBreak: true, character: '>'},
  {character: '>', inConstruct: 'destinationLiteral'},
  // Question mark and at sign are not used in markdown for constructs.
  // A left bracket can start definitions, references, labels,
  {atBreak: true, character: '['},
  {character: '[', inConstruct: 'phrasing', notInConstruct: fullPhrasingSpans},
  {character: '[', inConstruct: ['label', 'reference']},
  // A backslash can start an escape (when followed by punctuation) or a
  // hard break (when followed by an eol).
  // Note: typical escapes are handled in `safe`!
  {character: '\\', after: '[\\r\\n]', inConstruct: 'phrasing'},
  // A right bracket can exit labels.
  {character: ']', inConstruct: ['label', 'reference']},
  // Caret is not used in markdown for constructs.
  // An underscore can start emphasis, strong, or a thematic break.
  {atBreak: true, character: '_'},
  {character: '_', inConstruct: 'phrasing', notInConstruct: fullPhrasingSpans},
  // A grave accent can start code (fenced or text), or it can break out of
  // a grave accent code fence.
  {atBreak: true, character: '`'},
  {
    character: '`',
    inConstruct: ['codeFencedLangGraveAccent', 'codeFencedMetaGraveAccent']
  },
  {character: '`', inConstruct: 'phrasing', notInConstruct: fullPhrasingSpans},
  // Left brace, vertical bar, right brace are not used in markdown for
  // constructs.
  // A tilde can start code (fenced).
  {atBreak: true, character: '~'},
  {character: '<', inConstruct: 'autolink'},
  {character: '>', inConstruct: 'autolink'},
  {character: '\u007F', inConstruct: 'autolink'}
]

// Also the low ASCII control characters including space.
let unsafe_code = -1

while (++unsafe_code < 33) {
  unsafe.push({character: String.fromCharCode(unsafe_code), inConstruct: 'autolink'})
}

;// CONCATENATED MODULE: ./node_modules/character-entities/index.js
/**
 * Map of named character references.
 *
 * @type {Record<string, string>}
 */
const characterEntities = {
  AElig: 'Æ',
  AMP: '&',
  Aacute: 'Á',
  Abreve: 'Ă',
  Acirc: 'Â',
  Acy: 'А',
  Afr: '𝔄',
  Agrave: 'À',
  Alpha: 'Α',
  Amacr: 'Ā',
  And: '⩓',
  Aogon: 'Ą',
  Aopf: '𝔸',
  ApplyFunction: '⁡',
  Aring: 'Å',
  Ascr: '𝒜',
  Assign: '≔',
  Atilde: 'Ã',
  Auml: 'Ä',
  Backslash: '∖',
  Barv: '⫧',
  Barwed: '⌆',
  Bcy: 'Б',
  Because: '∵',
  Bernoullis: 'ℬ',
  Beta: 'Β',
  Bfr: '𝔅',
  Bopf: '𝔹',
  Breve: '˘',
  Bscr: 'ℬ',
  Bumpeq: '≎',
  CHcy: 'Ч',
  COPY: '©',
  Cacute: 'Ć',
  Cap: '⋒',
  CapitalDifferentialD: 'ⅅ',
  Cayleys: 'ℭ',
  Ccaron: 'Č',
  Ccedil: 'Ç',
  Ccirc: 'Ĉ',
  Cconint: '∰',
  Cdot: 'Ċ',
  Cedilla: '¸',
  CenterDot: '·',
  Cfr: 'ℭ',
  Chi: 'Χ',
  CircleDot: '⊙',
  CircleMinus: '⊖',
  CirclePlus: '⊕',
  CircleTimes: '⊗',
  ClockwiseContourIntegral: '∲',
  CloseCurlyDoubleQuote: '”',
  CloseCurlyQuote: '’',
  Colon: '∷',
  Colone: '⩴',
  Congruent: '≡',
  Conint: '∯',
  ContourIntegral: '∮',
  Copf: 'ℂ',
  Coproduct: '∐',
  CounterClockwiseContourIntegral: '∳',
  Cross: '⨯',
  Cscr: '𝒞',
  Cup: '⋓',
  CupCap: '≍',
  DD: 'ⅅ',
  DDotrahd: '⤑',
  DJcy: 'Ђ',
  DScy: 'Ѕ',
  DZcy: 'Џ',
  Dagger: '‡',
  Darr: '↡',
  Dashv: '⫤',
  Dcaron: 'Ď',
  Dcy: 'Д',
  Del: '∇',
  Delta: 'Δ',
  Dfr: '𝔇',
  DiacriticalAcute: '´',
  DiacriticalDot: '˙',
  DiacriticalDoubleAcute: '˝',
  DiacriticalGrave: '`',
  DiacriticalTilde: '˜',
  Diamond: '⋄',
  DifferentialD: 'ⅆ',
  Dopf: '𝔻',
  Dot: '¨',
  DotDot: '⃜',
  DotEqual: '≐',
  DoubleContourIntegral: '∯',
  DoubleDot: '¨',
  DoubleDownArrow: '⇓',
  DoubleLeftArrow: '⇐',
  DoubleLeftRightArrow: '⇔',
  DoubleLeftTee: '⫤',
  DoubleLongLeftArrow: '⟸',
  DoubleLongLeftRightArrow: '⟺',
  DoubleLongRightArrow: '⟹',
  DoubleRightArrow: '⇒',
  DoubleRightTee: '⊨',
  DoubleUpArrow: '⇑',
  DoubleUpDownArrow: '⇕',
  DoubleVerticalBar: '∥',
  DownArrow: '↓',
  DownArrowBar: '⤓',
  DownArrowUpArrow: '⇵',
  DownBreve: '̑',
  DownLeftRightVector: '⥐',
  DownLeftTeeVector: '⥞',
  DownLeftVector: '↽',
  DownLeftVectorBar: '⥖',
  DownRightTeeVector: '⥟',
  DownRightVector: '⇁',
  DownRightVectorBar: '⥗',
  DownTee: '⊤',
  DownTeeArrow: '↧',
  Downarrow: '⇓',
  Dscr: '𝒟',
  Dstrok: 'Đ',
  ENG: 'Ŋ',
  ETH: 'Ð',
  Eacute: 'É',
  Ecaron: 'Ě',
  Ecirc: 'Ê',
  Ecy: 'Э',
  Edot: 'Ė',
  Efr: '𝔈',
  Egrave: 'È',
  Element: '∈',
  Emacr: 'Ē',
  EmptySmallSquare: '◻',
  EmptyVerySmallSquare: '▫',
  Eogon: 'Ę',
  Eopf: '𝔼',
  Epsilon: 'Ε',
  Equal: '⩵',
  EqualTilde: '≂',
  Equilibrium: '⇌',
  Escr: 'ℰ',
  Esim: '⩳',
  Eta: 'Η',
  Euml: 'Ë',
  Exists: '∃',
  ExponentialE: 'ⅇ',
  Fcy: 'Ф',
  Ffr: '𝔉',
  FilledSmallSquare: '◼',
  FilledVerySmallSquare: '▪',
  Fopf: '𝔽',
  ForAll: '∀',
  Fouriertrf: 'ℱ',
  Fscr: 'ℱ',
  GJcy: 'Ѓ',
  GT: '>',
  Gamma: 'Γ',
  Gammad: 'Ϝ',
  Gbreve: 'Ğ',
  Gcedil: 'Ģ',
  Gcirc: 'Ĝ',
  Gcy: 'Г',
  Gdot: 'Ġ',
  Gfr: '𝔊',
  Gg: '⋙',
  Gopf: '𝔾',
  GreaterEqual: '≥',
  GreaterEqualLess: '⋛',
  GreaterFullEqual: '≧',
  GreaterGreater: '⪢',
  GreaterLess: '≷',
  GreaterSlantEqual: '⩾',
  GreaterTilde: '≳',
  Gscr: '𝒢',
  Gt: '≫',
  HARDcy: 'Ъ',
  Hacek: 'ˇ',
  Hat: '^',
  Hcirc: 'Ĥ',
  Hfr: 'ℌ',
  HilbertSpace: 'ℋ',
  Hopf: 'ℍ',
  HorizontalLine: '─',
  Hscr: 'ℋ',
  Hstrok: 'Ħ',
  HumpDownHump: '≎',
  HumpEqual: '≏',
  IEcy: 'Е',
  IJlig: 'Ĳ',
  IOcy: 'Ё',
  Iacute: 'Í',
  Icirc: 'Î',
  Icy: 'И',
  Idot: 'İ',
  Ifr: 'ℑ',
  Igrave: 'Ì',
  Im: 'ℑ',
  Imacr: 'Ī',
  ImaginaryI: 'ⅈ',
  Implies: '⇒',
  Int: '∬',
  Integral: '∫',
  Intersection: '⋂',
  InvisibleComma: '⁣',
  InvisibleTimes: '⁢',
  Iogon: 'Į',
  Iopf: '𝕀',
  Iota: 'Ι',
  Iscr: 'ℐ',
  Itilde: 'Ĩ',
  Iukcy: 'І',
  Iuml: 'Ï',
  Jcirc: 'Ĵ',
  Jcy: 'Й',
  Jfr: '𝔍',
  Jopf: '𝕁',
  Jscr: '𝒥',
  Jsercy: 'Ј',
  Jukcy: 'Є',
  KHcy: 'Х',
  KJcy: 'Ќ',
  Kappa: 'Κ',
  Kcedil: 'Ķ',
  Kcy: 'К',
  Kfr: '𝔎',
  Kopf: '𝕂',
  Kscr: '𝒦',
  LJcy: 'Љ',
  LT: '<',
  Lacute: 'Ĺ',
  Lambda: 'Λ',
  Lang: '⟪',
  Laplacetrf: 'ℒ',
  Larr: '↞',
  Lcaron: 'Ľ',
  Lcedil: 'Ļ',
  Lcy: 'Л',
  LeftAngleBracket: '⟨',
  LeftArrow: '←',
  LeftArrowBar: '⇤',
  LeftArrowRightArrow: '⇆',
  LeftCeiling: '⌈',
  LeftDoubleBracket: '⟦',
  LeftDownTeeVector: '⥡',
  LeftDownVector: '⇃',
  LeftDownVectorBar: '⥙',
  LeftFloor: '⌊',
  LeftRightArrow: '↔',
  LeftRightVector: '⥎',
  LeftTee: '⊣',
  LeftTeeArrow: '↤',
  LeftTeeVector: '⥚',
  LeftTriangle: '⊲',
  LeftTriangleBar: '⧏',
  LeftTriangleEqual: '⊴',
  LeftUpDownVector: '⥑',
  LeftUpTeeVector: '⥠',
  LeftUpVector: '↿',
  LeftUpVectorBar: '⥘',
  LeftVector: '↼',
  LeftVectorBar: '⥒',
  Leftarrow: '⇐',
  Leftrightarrow: '⇔',
  LessEqualGreater: '⋚',
  LessFullEqual: '≦',
  LessGreater: '≶',
  LessLess: '⪡',
  LessSlantEqual: '⩽',
  LessTilde: '≲',
  Lfr: '𝔏',
  Ll: '⋘',
  Lleftarrow: '⇚',
  Lmidot: 'Ŀ',
  LongLeftArrow: '⟵',
  LongLeftRightArrow: '⟷',
  LongRightArrow: '⟶',
  Longleftarrow: '⟸',
  Longleftrightarrow: '⟺',
  Longrightarrow: '⟹',
  Lopf: '𝕃',
  LowerLeftArrow: '↙',
  LowerRightArrow: '↘',
  Lscr: 'ℒ',
  Lsh: '↰',
  Lstrok: 'Ł',
  Lt: '≪',
  Map: '⤅',
  Mcy: 'М',
  MediumSpace: ' ',
  Mellintrf: 'ℳ',
  Mfr: '𝔐',
  MinusPlus: '∓',
  Mopf: '𝕄',
  Mscr: 'ℳ',
  Mu: 'Μ',
  NJcy: 'Њ',
  Nacute: 'Ń',
  Ncaron: 'Ň',
  Ncedil: 'Ņ',
  Ncy: 'Н',
  NegativeMediumSpace: '​',
  NegativeThickSpace: '​',
  NegativeThinSpace: '​',
  NegativeVeryThinSpace: '​',
  NestedGreaterGreater: '≫',
  NestedLessLess: '≪',
  NewLine: '\n',
  Nfr: '𝔑',
  NoBreak: '⁠',
  NonBreakingSpace: ' ',
  Nopf: 'ℕ',
  Not: '⫬',
  NotCongruent: '≢',
  NotCupCap: '≭',
  NotDoubleVerticalBar: '∦',
  NotElement: '∉',
  NotEqual: '≠',
  NotEqualTilde: '≂̸',
  NotExists: '∄',
  NotGreater: '≯',
  NotGreaterEqual: '≱',
  NotGreaterFullEqual: '≧̸',
  NotGreaterGreater: '≫̸',
  NotGreaterLess: '≹',
  NotGreaterSlantEqual: '⩾̸',
  NotGreaterTilde: '≵',
  NotHumpDownHump: '≎̸',
  NotHumpEqual: '≏̸',
  NotLeftTriangle: '⋪',
  NotLeftTriangleBar: '⧏̸',
  NotLeftTriangleEqual: '⋬',
  NotLess: '≮',
  NotLessEqual: '≰',
  NotLessGreater: '≸',
  NotLessLess: '≪̸',
  NotLessSlantEqual: '⩽̸',
  NotLessTilde: '≴',
  NotNestedGreaterGreater: '⪢̸',
  NotNestedLessLess: '⪡̸',
  NotPrecedes: '⊀',
  NotPrecedesEqual: '⪯̸',
  NotPrecedesSlantEqual: '⋠',
  NotReverseElement: '∌',
  NotRightTriangle: '⋫',
  NotRightTriangleBar: '⧐̸',
  NotRightTriangleEqual: '⋭',
  NotSquareSubset: '⊏̸',
  NotSquareSubsetEqual: '⋢',
  NotSquareSuperset: '⊐̸',
  NotSquareSupersetEqual: '⋣',
  NotSubset: '⊂⃒',
  NotSubsetEqual: '⊈',
  NotSucceeds: '⊁',
  NotSucceedsEqual: '⪰̸',
  NotSucceedsSlantEqual: '⋡',
  NotSucceedsTilde: '≿̸',
  NotSuperset: '⊃⃒',
  NotSupersetEqual: '⊉',
  NotTilde: '≁',
  NotTildeEqual: '≄',
  NotTildeFullEqual: '≇',
  NotTildeTilde: '≉',
  NotVerticalBar: '∤',
  Nscr: '𝒩',
  Ntilde: 'Ñ',
  Nu: 'Ν',
  OElig: 'Œ',
  Oacute: 'Ó',
  Ocirc: 'Ô',
  Ocy: 'О',
  Odblac: 'Ő',
  Ofr: '𝔒',
  Ograve: 'Ò',
  Omacr: 'Ō',
  Omega: 'Ω',
  Omicron: 'Ο',
  Oopf: '𝕆',
  OpenCurlyDoubleQuote: '“',
  OpenCurlyQuote: '‘',
  Or: '⩔',
  Oscr: '𝒪',
  Oslash: 'Ø',
  Otilde: 'Õ',
  Otimes: '⨷',
  Ouml: 'Ö',
  OverBar: '‾',
  OverBrace: '⏞',
  OverBracket: '⎴',
  OverParenthesis: '⏜',
  PartialD: '∂',
  Pcy: 'П',
  Pfr: '𝔓',
  Phi: 'Φ',
  Pi: 'Π',
  PlusMinus: '±',
  Poincareplane: 'ℌ',
  Popf: 'ℙ',
  Pr: '⪻',
  Precedes: '≺',
  PrecedesEqual: '⪯',
  PrecedesSlantEqual: '≼',
  PrecedesTilde: '≾',
  Prime: '″',
  Product: '∏',
  Proportion: '∷',
  Proportional: '∝',
  Pscr: '𝒫',
  Psi: 'Ψ',
  QUOT: '"',
  Qfr: '𝔔',
  Qopf: 'ℚ',
  Qscr: '𝒬',
  RBarr: '⤐',
  REG: '®',
  Racute: 'Ŕ',
  Rang: '⟫',
  Rarr: '↠',
  Rarrtl: '⤖',
  Rcaron: 'Ř',
  Rcedil: 'Ŗ',
  Rcy: 'Р',
  Re: 'ℜ',
  ReverseElement: '∋',
  ReverseEquilibrium: '⇋',
  ReverseUpEquilibrium: '⥯',
  Rfr: 'ℜ',
  Rho: 'Ρ',
  RightAngleBracket: '⟩',
  RightArrow: '→',
  RightArrowBar: '⇥',
  RightArrowLeftArrow: '⇄',
  RightCeiling: '⌉',
  RightDoubleBracket: '⟧',
  RightDownTeeVector: '⥝',
  RightDownVector: '⇂',
  RightDownVectorBar: '⥕',
  RightFloor: '⌋',
  RightTee: '⊢',
  RightTeeArrow: '↦',
  RightTeeVector: '⥛',
  RightTriangle: '⊳',
  RightTriangleBar: '⧐',
  RightTriangleEqual: '⊵',
  RightUpDownVector: '⥏',
  RightUpTeeVector: '⥜',
  RightUpVector: '↾',
  RightUpVectorBar: '⥔',
  RightVector: '⇀',
  RightVectorBar: '⥓',
  Rightarrow: '⇒',
  Ropf: 'ℝ',
  RoundImplies: '⥰',
  Rrightarrow: '⇛',
  Rscr: 'ℛ',
  Rsh: '↱',
  RuleDelayed: '⧴',
  SHCHcy: 'Щ',
  SHcy: 'Ш',
  SOFTcy: 'Ь',
  Sacute: 'Ś',
  Sc: '⪼',
  Scaron: 'Š',
  Scedil: 'Ş',
  Scirc: 'Ŝ',
  Scy: 'С',
  Sfr: '𝔖',
  ShortDownArrow: '↓',
  ShortLeftArrow: '←',
  ShortRightArrow: '→',
  ShortUpArrow: '↑',
  Sigma: 'Σ',
  SmallCircle: '∘',
  Sopf: '𝕊',
  Sqrt: '√',
  Square: '□',
  SquareIntersection: '⊓',
  SquareSubset: '⊏',
  SquareSubsetEqual: '⊑',
  SquareSuperset: '⊐',
  SquareSupersetEqual: '⊒',
  SquareUnion: '⊔',
  Sscr: '𝒮',
  Star: '⋆',
  Sub: '⋐',
  Subset: '⋐',
  SubsetEqual: '⊆',
  Succeeds: '≻',
  SucceedsEqual: '⪰',
  SucceedsSlantEqual: '≽',
  SucceedsTilde: '≿',
  SuchThat: '∋',
  Sum: '∑',
  Sup: '⋑',
  Superset: '⊃',
  SupersetEqual: '⊇',
  Supset: '⋑',
  THORN: 'Þ',
  TRADE: '™',
  TSHcy: 'Ћ',
  TScy: 'Ц',
  Tab: '\t',
  Tau: 'Τ',
  Tcaron: 'Ť',
  Tcedil: 'Ţ',
  Tcy: 'Т',
  Tfr: '𝔗',
  Therefore: '∴',
  Theta: 'Θ',
  ThickSpace: '  ',
  ThinSpace: ' ',
  Tilde: '∼',
  TildeEqual: '≃',
  TildeFullEqual: '≅',
  TildeTilde: '≈',
  Topf: '𝕋',
  TripleDot: '⃛',
  Tscr: '𝒯',
  Tstrok: 'Ŧ',
  Uacute: 'Ú',
  Uarr: '↟',
  Uarrocir: '⥉',
  Ubrcy: 'Ў',
  Ubreve: 'Ŭ',
  Ucirc: 'Û',
  Ucy: 'У',
  Udblac: 'Ű',
  Ufr: '𝔘',
  Ugrave: 'Ù',
  Umacr: 'Ū',
  UnderBar: '_',
  UnderBrace: '⏟',
  UnderBracket: '⎵',
  UnderParenthesis: '⏝',
  Union: '⋃',
  UnionPlus: '⊎',
  Uogon: 'Ų',
  Uopf: '𝕌',
  UpArrow: '↑',
  UpArrowBar: '⤒',
  UpArrowDownArrow: '⇅',
  UpDownArrow: '↕',
  UpEquilibrium: '⥮',
  UpTee: '⊥',
  UpTeeArrow: '↥',
  Uparrow: '⇑',
  Updownarrow: '⇕',
  UpperLeftArrow: '↖',
  UpperRightArrow: '↗',
  Upsi: 'ϒ',
  Upsilon: 'Υ',
  Uring: 'Ů',
  Uscr: '𝒰',
  Utilde: 'Ũ',
  Uuml: 'Ü',
  VDash: '⊫',
  Vbar: '⫫',
  Vcy: 'В',
  Vdash: '⊩',
  Vdashl: '⫦',
  Vee: '⋁',
  Verbar: '‖',
  Vert: '‖',
  VerticalBar: '∣',
  VerticalLine: '|',
  VerticalSeparator: '❘',
  VerticalTilde: '≀',
  VeryThinSpace: ' ',
  Vfr: '𝔙',
  Vopf: '𝕍',
  Vscr: '𝒱',
  Vvdash: '⊪',
  Wcirc: 'Ŵ',
  Wedge: '⋀',
  Wfr: '𝔚',
  Wopf: '𝕎',
  Wscr: '𝒲',
  Xfr: '𝔛',
  Xi: 'Ξ',
  Xopf: '𝕏',
  Xscr: '𝒳',
  YAcy: 'Я',
  YIcy: 'Ї',
  YUcy: 'Ю',
  Yacute: 'Ý',
  Ycirc: 'Ŷ',
  Ycy: 'Ы',
  Yfr: '𝔜',
  Yopf: '𝕐',
  Yscr: '𝒴',
  Yuml: 'Ÿ',
  ZHcy: 'Ж',
  Zacute: 'Ź',
  Zcaron: 'Ž',
  Zcy: 'З',
  Zdot: 'Ż',
  ZeroWidthSpace: '​',
  Zeta: 'Ζ',
  Zfr: 'ℨ',
  Zopf: 'ℤ',
  Zscr: '𝒵',
  aacute: 'á',
  abreve: 'ă',
  ac: '∾',
  acE: '∾̳',
  acd: '∿',
  acirc: 'â',
  acute: '´',
  acy: 'а',
  aelig: 'æ',
  af: '⁡',
  afr: '𝔞',
  agrave: 'à',
  alefsym: 'ℵ',
  aleph: 'ℵ',
  alpha: 'α',
  amacr: 'ā',
  amalg: '⨿',
  amp: '&',
  and: '∧',
  andand: '⩕',
  andd: '⩜',
  andslope: '⩘',
  andv: '⩚',
  ang: '∠',
  ange: '⦤',
  angle: '∠',
  angmsd: '∡',
  angmsdaa: '⦨',
  angmsdab: '⦩',
  angmsdac: '⦪',
  angmsdad: '⦫',
  angmsdae: '⦬',
  angmsdaf: '⦭',
  angmsdag: '⦮',
  angmsdah: '⦯',
  angrt: '∟',
  angrtvb: '⊾',
  angrtvbd: '⦝',
  angsph: '∢',
  angst: 'Å',
  angzarr: '⍼',
  aogon: 'ą',
  aopf: '𝕒',
  ap: '≈',
  apE: '⩰',
  apacir: '⩯',
  ape: '≊',
  apid: '≋',
  apos: "'",
  approx: '≈',
  approxeq: '≊',
  aring: 'å',
  ascr: '𝒶',
  ast: '*',
  asymp: '≈',
  asympeq: '≍',
  atilde: 'ã',
  auml: 'ä',
  awconint: '∳',
  awint: '⨑',
  bNot: '⫭',
  backcong: '≌',
  backepsilon: '϶',
  backprime: '‵',
  backsim: '∽',
  backsimeq: '⋍',
  barvee: '⊽',
  barwed: '⌅',
  barwedge: '⌅',
  bbrk: '⎵',
  bbrktbrk: '⎶',
  bcong: '≌',
  bcy: 'б',
  bdquo: '„',
  becaus: '∵',
  because: '∵',
  bemptyv: '⦰',
  bepsi: '϶',
  bernou: 'ℬ',
  beta: 'β',
  beth: 'ℶ',
  between: '≬',
  bfr: '𝔟',
  bigcap: '⋂',
  bigcirc: '◯',
  bigcup: '⋃',
  bigodot: '⨀',
  bigoplus: '⨁',
  bigotimes: '⨂',
  bigsqcup: '⨆',
  bigstar: '★',
  bigtriangledown: '▽',
  bigtriangleup: '△',
  biguplus: '⨄',
  bigvee: '⋁',
  bigwedge: '⋀',
  bkarow: '⤍',
  blacklozenge: '⧫',
  blacksquare: '▪',
  blacktriangle: '▴',
  blacktriangledown: '▾',
  blacktriangleleft: '◂',
  blacktriangleright: '▸',
  blank: '␣',
  blk12: '▒',
  blk14: '░',
  blk34: '▓',
  block: '█',
  bne: '=⃥',
  bnequiv: '≡⃥',
  bnot: '⌐',
  bopf: '𝕓',
  bot: '⊥',
  bottom: '⊥',
  bowtie: '⋈',
  boxDL: '╗',
  boxDR: '╔',
  boxDl: '╖',
  boxDr: '╓',
  boxH: '═',
  boxHD: '╦',
  boxHU: '╩',
  boxHd: '╤',
  boxHu: '╧',
  boxUL: '╝',
  boxUR: '╚',
  boxUl: '╜',
  boxUr: '╙',
  boxV: '║',
  boxVH: '╬',
  boxVL: '╣',
  boxVR: '╠',
  boxVh: '╫',
  boxVl: '╢',
  boxVr: '╟',
  boxbox: '⧉',
  boxdL: '╕',
  boxdR: '╒',
  boxdl: '┐',
  boxdr: '┌',
  boxh: '─',
  boxhD: '╥',
  boxhU: '╨',
  boxhd: '┬',
  boxhu: '┴',
  boxminus: '⊟',
  boxplus: '⊞',
  boxtimes: '⊠',
  boxuL: '╛',
  boxuR: '╘',
  boxul: '┘',
  boxur: '└',
  boxv: '│',
  boxvH: '╪',
  boxvL: '╡',
  boxvR: '╞',
  boxvh: '┼',
  boxvl: '┤',
  boxvr: '├',
  bprime: '‵',
  breve: '˘',
  brvbar: '¦',
  bscr: '𝒷',
  bsemi: '⁏',
  bsim: '∽',
  bsime: '⋍',
  bsol: '\\',
  bsolb: '⧅',
  bsolhsub: '⟈',
  bull: '•',
  bullet: '•',
  bump: '≎',
  bumpE: '⪮',
  bumpe: '≏',
  bumpeq: '≏',
  cacute: 'ć',
  cap: '∩',
  capand: '⩄',
  capbrcup: '⩉',
  capcap: '⩋',
  capcup: '⩇',
  capdot: '⩀',
  caps: '∩︀',
  caret: '⁁',
  caron: 'ˇ',
  ccaps: '⩍',
  ccaron: 'č',
  ccedil: 'ç',
  ccirc: 'ĉ',
  ccups: '⩌',
  ccupssm: '⩐',
  cdot: 'ċ',
  cedil: '¸',
  cemptyv: '⦲',
  cent: '¢',
  centerdot: '·',
  cfr: '𝔠',
  chcy: 'ч',
  check: '✓',
  checkmark: '✓',
  chi: 'χ',
  cir: '○',
  cirE: '⧃',
  circ: 'ˆ',
  circeq: '≗',
  circlearrowleft: '↺',
  circlearrowright: '↻',
  circledR: '®',
  circledS: 'Ⓢ',
  circledast: '⊛',
  circledcirc: '⊚',
  circleddash: '⊝',
  cire: '≗',
  cirfnint: '⨐',
  cirmid: '⫯',
  cirscir: '⧂',
  clubs: '♣',
  clubsuit: '♣',
  colon: ':',
  colone: '≔',
  coloneq: '≔',
  comma: ',',
  commat: '@',
  comp: '∁',
  compfn: '∘',
  complement: '∁',
  complexes: 'ℂ',
  cong: '≅',
  congdot: '⩭',
  conint: '∮',
  copf: '𝕔',
  coprod: '∐',
  copy: '©',
  copysr: '℗',
  crarr: '↵',
  cross: '✗',
  cscr: '𝒸',
  csub: '⫏',
  csube: '⫑',
  csup: '⫐',
  csupe: '⫒',
  ctdot: '⋯',
  cudarrl: '⤸',
  cudarrr: '⤵',
  cuepr: '⋞',
  cuesc: '⋟',
  cularr: '↶',
  cularrp: '⤽',
  cup: '∪',
  cupbrcap: '⩈',
  cupcap: '⩆',
  cupcup: '⩊',
  cupdot: '⊍',
  cupor: '⩅',
  cups: '∪︀',
  curarr: '↷',
  curarrm: '⤼',
  curlyeqprec: '⋞',
  curlyeqsucc: '⋟',
  curlyvee: '⋎',
  curlywedge: '⋏',
  curren: '¤',
  curvearrowleft: '↶',
  curvearrowright: '↷',
  cuvee: '⋎',
  cuwed: '⋏',
  cwconint: '∲',
  cwint: '∱',
  cylcty: '⌭',
  dArr: '⇓',
  dHar: '⥥',
  dagger: '†',
  daleth: 'ℸ',
  darr: '↓',
  dash: '‐',
  dashv: '⊣',
  dbkarow: '⤏',
  dblac: '˝',
  dcaron: 'ď',
  dcy: 'д',
  dd: 'ⅆ',
  ddagger: '‡',
  ddarr: '⇊',
  ddotseq: '⩷',
  deg: '°',
  delta: 'δ',
  demptyv: '⦱',
  dfisht: '⥿',
  dfr: '𝔡',
  dharl: '⇃',
  dharr: '⇂',
  diam: '⋄',
  diamond: '⋄',
  diamondsuit: '♦',
  diams: '♦',
  die: '¨',
  digamma: 'ϝ',
  disin: '⋲',
  div: '÷',
  divide: '÷',
  divideontimes: '⋇',
  divonx: '⋇',
  djcy: 'ђ',
  dlcorn: '⌞',
  dlcrop: '⌍',
  dollar: '$',
  dopf: '𝕕',
  dot: '˙',
  doteq: '≐',
  doteqdot: '≑',
  dotminus: '∸',
  dotplus: '∔',
  dotsquare: '⊡',
  doublebarwedge: '⌆',
  downarrow: '↓',
  downdownarrows: '⇊',
  downharpoonleft: '⇃',
  downharpoonright: '⇂',
  drbkarow: '⤐',
  drcorn: '⌟',
  drcrop: '⌌',
  dscr: '𝒹',
  dscy: 'ѕ',
  dsol: '⧶',
  dstrok: 'đ',
  dtdot: '⋱',
  dtri: '▿',
  dtrif: '▾',
  duarr: '⇵',
  duhar: '⥯',
  dwangle: '⦦',
  dzcy: 'џ',
  dzigrarr: '⟿',
  eDDot: '⩷',
  eDot: '≑',
  eacute: 'é',
  easter: '⩮',
  ecaron: 'ě',
  ecir: '≖',
  ecirc: 'ê',
  ecolon: '≕',
  ecy: 'э',
  edot: 'ė',
  ee: 'ⅇ',
  efDot: '≒',
  efr: '𝔢',
  eg: '⪚',
  egrave: 'è',
  egs: '⪖',
  egsdot: '⪘',
  el: '⪙',
  elinters: '⏧',
  ell: 'ℓ',
  els: '⪕',
  elsdot: '⪗',
  emacr: 'ē',
  empty: '∅',
  emptyset: '∅',
  emptyv: '∅',
  emsp13: ' ',
  emsp14: ' ',
  emsp: ' ',
  eng: 'ŋ',
  ensp: ' ',
  eogon: 'ę',
  eopf: '𝕖',
  epar: '⋕',
  eparsl: '⧣',
  eplus: '⩱',
  epsi: 'ε',
  epsilon: 'ε',
  epsiv: 'ϵ',
  eqcirc: '≖',
  eqcolon: '≕',
  eqsim: '≂',
  eqslantgtr: '⪖',
  eqslantless: '⪕',
  equals: '=',
  equest: '≟',
  equiv: '≡',
  equivDD: '⩸',
  eqvparsl: '⧥',
  erDot: '≓',
  erarr: '⥱',
  escr: 'ℯ',
  esdot: '≐',
  esim: '≂',
  eta: 'η',
  eth: 'ð',
  euml: 'ë',
  euro: '€',
  excl: '!',
  exist: '∃',
  expectation: 'ℰ',
  exponentiale: 'ⅇ',
  fallingdotseq: '≒',
  fcy: 'ф',
  female: '♀',
  ffilig: 'ﬃ',
  fflig: 'ﬀ',
  ffllig: 'ﬄ',
  ffr: '𝔣',
  filig: 'ﬁ',
  fjlig: 'fj',
  flat: '♭',
  fllig: 'ﬂ',
  fltns: '▱',
  fnof: 'ƒ',
  fopf: '𝕗',
  forall: '∀',
  fork: '⋔',
  forkv: '⫙',
  fpartint: '⨍',
  frac12: '½',
  frac13: '⅓',
  frac14: '¼',
  frac15: '⅕',
  frac16: '⅙',
  frac18: '⅛',
  frac23: '⅔',
  frac25: '⅖',
  frac34: '¾',
  frac35: '⅗',
  frac38: '⅜',
  frac45: '⅘',
  frac56: '⅚',
  frac58: '⅝',
  frac78: '⅞',
  frasl: '⁄',
  frown: '⌢',
  fscr: '𝒻',
  gE: '≧',
  gEl: '⪌',
  gacute: 'ǵ',
  gamma: 'γ',
  gammad: 'ϝ',
  gap: '⪆',
  gbreve: 'ğ',
  gcirc: 'ĝ',
  gcy: 'г',
  gdot: 'ġ',
  ge: '≥',
  gel: '⋛',
  geq: '≥',
  geqq: '≧',
  geqslant: '⩾',
  ges: '⩾',
  gescc: '⪩',
  gesdot: '⪀',
  gesdoto: '⪂',
  gesdotol: '⪄',
  gesl: '⋛︀',
  gesles: '⪔',
  gfr: '𝔤',
  gg: '≫',
  ggg: '⋙',
  gimel: 'ℷ',
  gjcy: 'ѓ',
  gl: '≷',
  glE: '⪒',
  gla: '⪥',
  glj: '⪤',
  gnE: '≩',
  gnap: '⪊',
  gnapprox: '⪊',
  gne: '⪈',
  gneq: '⪈',
  gneqq: '≩',
  gnsim: '⋧',
  gopf: '𝕘',
  grave: '`',
  gscr: 'ℊ',
  gsim: '≳',
  gsime: '⪎',
  gsiml: '⪐',
  gt: '>',
  gtcc: '⪧',
  gtcir: '⩺',
  gtdot: '⋗',
  gtlPar: '⦕',
  gtquest: '⩼',
  gtrapprox: '⪆',
  gtrarr: '⥸',
  gtrdot: '⋗',
  gtreqless: '⋛',
  gtreqqless: '⪌',
  gtrless: '≷',
  gtrsim: '≳',
  gvertneqq: '≩︀',
  gvnE: '≩︀',
  hArr: '⇔',
  hairsp: ' ',
  half: '½',
  hamilt: 'ℋ',
  hardcy: 'ъ',
  harr: '↔',
  harrcir: '⥈',
  harrw: '↭',
  hbar: 'ℏ',
  hcirc: 'ĥ',
  hearts: '♥',
  heartsuit: '♥',
  hellip: '…',
  hercon: '⊹',
  hfr: '𝔥',
  hksearow: '⤥',
  hkswarow: '⤦',
  hoarr: '⇿',
  homtht: '∻',
  hookleftarrow: '↩',
  hookrightarrow: '↪',
  hopf: '𝕙',
  horbar: '―',
  hscr: '𝒽',
  hslash: 'ℏ',
  hstrok: 'ħ',
  hybull: '⁃',
  hyphen: '‐',
  iacute: 'í',
  ic: '⁣',
  icirc: 'î',
  icy: 'и',
  iecy: 'е',
  iexcl: '¡',
  iff: '⇔',
  ifr: '𝔦',
  igrave: 'ì',
  ii: 'ⅈ',
  iiiint: '⨌',
  iiint: '∭',
  iinfin: '⧜',
  iiota: '℩',
  ijlig: 'ĳ',
  imacr: 'ī',
  image: 'ℑ',
  imagline: 'ℐ',
  imagpart: 'ℑ',
  imath: 'ı',
  imof: '⊷',
  imped: 'Ƶ',
  in: '∈',
  incare: '℅',
  infin: '∞',
  infintie: '⧝',
  inodot: 'ı',
  int: '∫',
  intcal: '⊺',
  integers: 'ℤ',
  intercal: '⊺',
  intlarhk: '⨗',
  intprod: '⨼',
  iocy: 'ё',
  iogon: 'į',
  iopf: '𝕚',
  iota: 'ι',
  iprod: '⨼',
  iquest: '¿',
  iscr: '𝒾',
  isin: '∈',
  isinE: '⋹',
  isindot: '⋵',
  isins: '⋴',
  isinsv: '⋳',
  isinv: '∈',
  it: '⁢',
  itilde: 'ĩ',
  iukcy: 'і',
  iuml: 'ï',
  jcirc: 'ĵ',
  jcy: 'й',
  jfr: '𝔧',
  jmath: 'ȷ',
  jopf: '𝕛',
  jscr: '𝒿',
  jsercy: 'ј',
  jukcy: 'є',
  kappa: 'κ',
  kappav: 'ϰ',
  kcedil: 'ķ',
  kcy: 'к',
  kfr: '𝔨',
  kgreen: 'ĸ',
  khcy: 'х',
  kjcy: 'ќ',
  kopf: '𝕜',
  kscr: '𝓀',
  lAarr: '⇚',
  lArr: '⇐',
  lAtail: '⤛',
  lBarr: '⤎',
  lE: '≦',
  lEg: '⪋',
  lHar: '⥢',
  lacute: 'ĺ',
  laemptyv: '⦴',
  lagran: 'ℒ',
  lambda: 'λ',
  lang: '⟨',
  langd: '⦑',
  langle: '⟨',
  lap: '⪅',
  laquo: '«',
  larr: '←',
  larrb: '⇤',
  larrbfs: '⤟',
  larrfs: '⤝',
  larrhk: '↩',
  larrlp: '↫',
  larrpl: '⤹',
  larrsim: '⥳',
  larrtl: '↢',
  lat: '⪫',
  latail: '⤙',
  late: '⪭',
  lates: '⪭︀',
  lbarr: '⤌',
  lbbrk: '❲',
  lbrace: '{',
  lbrack: '[',
  lbrke: '⦋',
  lbrksld: '⦏',
  lbrkslu: '⦍',
  lcaron: 'ľ',
  lcedil: 'ļ',
  lceil: '⌈',
  lcub: '{',
  lcy: 'л',
  ldca: '⤶',
  ldquo: '“',
  ldquor: '„',
  ldrdhar: '⥧',
  ldrushar: '⥋',
  ldsh: '↲',
  le: '≤',
  leftarrow: '←',
  leftarrowtail: '↢',
  leftharpoondown: '↽',
  leftharpoonup: '↼',
  leftleftarrows: '⇇',
  leftrightarrow: '↔',
  leftrightarrows: '⇆',
  leftrightharpoons: '⇋',
  leftrightsquigarrow: '↭',
  leftthreetimes: '⋋',
  leg: '⋚',
  leq: '≤',
  leqq: '≦',
  leqslant: '⩽',
  les: '⩽',
  lescc: '⪨',
  lesdot: '⩿',
  lesdoto: '⪁',
  lesdotor: '⪃',
  lesg: '⋚︀',
  lesges: '⪓',
  lessapprox: '⪅',
  lessdot: '⋖',
  lesseqgtr: '⋚',
  lesseqqgtr: '⪋',
  lessgtr: '≶',
  lesssim: '≲',
  lfisht: '⥼',
  lfloor: '⌊',
  lfr: '𝔩',
  lg: '≶',
  lgE: '⪑',
  lhard: '↽',
  lharu: '↼',
  lharul: '⥪',
  lhblk: '▄',
  ljcy: 'љ',
  ll: '≪',
  llarr: '⇇',
  llcorner: '⌞',
  llhard: '⥫',
  lltri: '◺',
  lmidot: 'ŀ',
  lmoust: '⎰',
  lmoustache: '⎰',
  lnE: '≨',
  lnap: '⪉',
  lnapprox: '⪉',
  lne: '⪇',
  lneq: '⪇',
  lneqq: '≨',
  lnsim: '⋦',
  loang: '⟬',
  loarr: '⇽',
  lobrk: '⟦',
  longleftarrow: '⟵',
  longleftrightarrow: '⟷',
  longmapsto: '⟼',
  longrightarrow: '⟶',
  looparrowleft: '↫',
  looparrowright: '↬',
  lopar: '⦅',
  lopf: '𝕝',
  loplus: '⨭',
  lotimes: '⨴',
  lowast: '∗',
  lowbar: '_',
  loz: '◊',
  lozenge: '◊',
  lozf: '⧫',
  lpar: '(',
  lparlt: '⦓',
  lrarr: '⇆',
  lrcorner: '⌟',
  lrhar: '⇋',
  lrhard: '⥭',
  lrm: '‎',
  lrtri: '⊿',
  lsaquo: '‹',
  lscr: '𝓁',
  lsh: '↰',
  lsim: '≲',
  lsime: '⪍',
  lsimg: '⪏',
  lsqb: '[',
  lsquo: '‘',
  lsquor: '‚',
  lstrok: 'ł',
  lt: '<',
  ltcc: '⪦',
  ltcir: '⩹',
  ltdot: '⋖',
  lthree: '⋋',
  ltimes: '⋉',
  ltlarr: '⥶',
  ltquest: '⩻',
  ltrPar: '⦖',
  ltri: '◃',
  ltrie: '⊴',
  ltrif: '◂',
  lurdshar: '⥊',
  luruhar: '⥦',
  lvertneqq: '≨︀',
  lvnE: '≨︀',
  mDDot: '∺',
  macr: '¯',
  male: '♂',
  malt: '✠',
  maltese: '✠',
  map: '↦',
  mapsto: '↦',
  mapstodown: '↧',
  mapstoleft: '↤',
  mapstoup: '↥',
  marker: '▮',
  mcomma: '⨩',
  mcy: 'м',
  mdash: '—',
  measuredangle: '∡',
  mfr: '𝔪',
  mho: '℧',
  micro: 'µ',
  mid: '∣',
  midast: '*',
  midcir: '⫰',
  middot: '·',
  minus: '−',
  minusb: '⊟',
  minusd: '∸',
  minusdu: '⨪',
  mlcp: '⫛',
  mldr: '…',
  mnplus: '∓',
  models: '⊧',
  mopf: '𝕞',
  mp: '∓',
  mscr: '𝓂',
  mstpos: '∾',
  mu: 'μ',
  multimap: '⊸',
  mumap: '⊸',
  nGg: '⋙̸',
  nGt: '≫⃒',
  nGtv: '≫̸',
  nLeftarrow: '⇍',
  nLeftrightarrow: '⇎',
  nLl: '⋘̸',
  nLt: '≪⃒',
  nLtv: '≪̸',
  nRightarrow: '⇏',
  nVDash: '⊯',
  nVdash: '⊮',
  nabla: '∇',
  nacute: 'ń',
  nang: '∠⃒',
  nap: '≉',
  napE: '⩰̸',
  napid: '≋̸',
  napos: 'ŉ',
  napprox: '≉',
  natur: '♮',
  natural: '♮',
  naturals: 'ℕ',
  nbsp: ' ',
  nbump: '≎̸',
  nbumpe: '≏̸',
  ncap: '⩃',
  ncaron: 'ň',
  ncedil: 'ņ',
  ncong: '≇',
  ncongdot: '⩭̸',
  ncup: '⩂',
  ncy: 'н',
  ndash: '–',
  ne: '≠',
  neArr: '⇗',
  nearhk: '⤤',
  nearr: '↗',
  nearrow: '↗',
  nedot: '≐̸',
  nequiv: '≢',
  nesear: '⤨',
  nesim: '≂̸',
  nexist: '∄',
  nexists: '∄',
  nfr: '𝔫',
  ngE: '≧̸',
  nge: '≱',
  ngeq: '≱',
  ngeqq: '≧̸',
  ngeqslant: '⩾̸',
  nges: '⩾̸',
  ngsim: '≵',
  ngt: '≯',
  ngtr: '≯',
  nhArr: '⇎',
  nharr: '↮',
  nhpar: '⫲',
  ni: '∋',
  nis: '⋼',
  nisd: '⋺',
  niv: '∋',
  njcy: 'њ',
  nlArr: '⇍',
  nlE: '≦̸',
  nlarr: '↚',
  nldr: '‥',
  nle: '≰',
  nleftarrow: '↚',
  nleftrightarrow: '↮',
  nleq: '≰',
  nleqq: '≦̸',
  nleqslant: '⩽̸',
  nles: '⩽̸',
  nless: '≮',
  nlsim: '≴',
  nlt: '≮',
  nltri: '⋪',
  nltrie: '⋬',
  nmid: '∤',
  nopf: '𝕟',
  not: '¬',
  notin: '∉',
  notinE: '⋹̸',
  notindot: '⋵̸',
  notinva: '∉',
  notinvb: '⋷',
  notinvc: '⋶',
  notni: '∌',
  notniva: '∌',
  notnivb: '⋾',
  notnivc: '⋽',
  npar: '∦',
  nparallel: '∦',
  nparsl: '⫽⃥',
  npart: '∂̸',
  npolint: '⨔',
  npr: '⊀',
  nprcue: '⋠',
  npre: '⪯̸',
  nprec: '⊀',
  npreceq: '⪯̸',
  nrArr: '⇏',
  nrarr: '↛',
  nrarrc: '⤳̸',
  nrarrw: '↝̸',
  nrightarrow: '↛',
  nrtri: '⋫',
  nrtrie: '⋭',
  nsc: '⊁',
  nsccue: '⋡',
  nsce: '⪰̸',
  nscr: '𝓃',
  nshortmid: '∤',
  nshortparallel: '∦',
  nsim: '≁',
  nsime: '≄',
  nsimeq: '≄',
  nsmid: '∤',
  nspar: '∦',
  nsqsube: '⋢',
  nsqsupe: '⋣',
  nsub: '⊄',
  nsubE: '⫅̸',
  nsube: '⊈',
  nsubset: '⊂⃒',
  nsubseteq: '⊈',
  nsubseteqq: '⫅̸',
  nsucc: '⊁',
  nsucceq: '⪰̸',
  nsup: '⊅',
  nsupE: '⫆̸',
  nsupe: '⊉',
  nsupset: '⊃⃒',
  nsupseteq: '⊉',
  nsupseteqq: '⫆̸',
  ntgl: '≹',
  ntilde: 'ñ',
  ntlg: '≸',
  ntriangleleft: '⋪',
  ntrianglelefteq: '⋬',
  ntriangleright: '⋫',
  ntrianglerighteq: '⋭',
  nu: 'ν',
  num: '#',
  numero: '№',
  numsp: ' ',
  nvDash: '⊭',
  nvHarr: '⤄',
  nvap: '≍⃒',
  nvdash: '⊬',
  nvge: '≥⃒',
  nvgt: '>⃒',
  nvinfin: '⧞',
  nvlArr: '⤂',
  nvle: '≤⃒',
  nvlt: '<⃒',
  nvltrie: '⊴⃒',
  nvrArr: '⤃',
  nvrtrie: '⊵⃒',
  nvsim: '∼⃒',
  nwArr: '⇖',
  nwarhk: '⤣',
  nwarr: '↖',
  nwarrow: '↖',
  nwnear: '⤧',
  oS: 'Ⓢ',
  oacute: 'ó',
  oast: '⊛',
  ocir: '⊚',
  ocirc: 'ô',
  ocy: 'о',
  odash: '⊝',
  odblac: 'ő',
  odiv: '⨸',
  odot: '⊙',
  odsold: '⦼',
  oelig: 'œ',
  ofcir: '⦿',
  ofr: '𝔬',
  ogon: '˛',
  ograve: 'ò',
  ogt: '⧁',
  ohbar: '⦵',
  ohm: 'Ω',
  oint: '∮',
  olarr: '↺',
  olcir: '⦾',
  olcross: '⦻',
  oline: '‾',
  olt: '⧀',
  omacr: 'ō',
  omega: 'ω',
  omicron: 'ο',
  omid: '⦶',
  ominus: '⊖',
  oopf: '𝕠',
  opar: '⦷',
  operp: '⦹',
  oplus: '⊕',
  or: '∨',
  orarr: '↻',
  ord: '⩝',
  order: 'ℴ',
  orderof: 'ℴ',
  ordf: 'ª',
  ordm: 'º',
  origof: '⊶',
  oror: '⩖',
  orslope: '⩗',
  orv: '⩛',
  oscr: 'ℴ',
  oslash: 'ø',
  osol: '⊘',
  otilde: 'õ',
  otimes: '⊗',
  otimesas: '⨶',
  ouml: 'ö',
  ovbar: '⌽',
  par: '∥',
  para: '¶',
  parallel: '∥',
  parsim: '⫳',
  parsl: '⫽',
  part: '∂',
  pcy: 'п',
  percnt: '%',
  period: '.',
  permil: '‰',
  perp: '⊥',
  pertenk: '‱',
  pfr: '𝔭',
  phi: 'φ',
  phiv: 'ϕ',
  phmmat: 'ℳ',
  phone: '☎',
  pi: 'π',
  pitchfork: '⋔',
  piv: 'ϖ',
  planck: 'ℏ',
  planckh: 'ℎ',
  plankv: 'ℏ',
  plus: '+',
  plusacir: '⨣',
  plusb: '⊞',
  pluscir: '⨢',
  plusdo: '∔',
  plusdu: '⨥',
  pluse: '⩲',
  plusmn: '±',
  plussim: '⨦',
  plustwo: '⨧',
  pm: '±',
  pointint: '⨕',
  popf: '𝕡',
  pound: '£',
  pr: '≺',
  prE: '⪳',
  prap: '⪷',
  prcue: '≼',
  pre: '⪯',
  prec: '≺',
  precapprox: '⪷',
  preccurlyeq: '≼',
  preceq: '⪯',
  precnapprox: '⪹',
  precneqq: '⪵',
  precnsim: '⋨',
  precsim: '≾',
  prime: '′',
  primes: 'ℙ',
  prnE: '⪵',
  prnap: '⪹',
  prnsim: '⋨',
  prod: '∏',
  profalar: '⌮',
  profline: '⌒',
  profsurf: '⌓',
  prop: '∝',
  propto: '∝',
  prsim: '≾',
  prurel: '⊰',
  pscr: '𝓅',
  psi: 'ψ',
  puncsp: ' ',
  qfr: '𝔮',
  qint: '⨌',
  qopf: '𝕢',
  qprime: '⁗',
  qscr: '𝓆',
  quaternions: 'ℍ',
  quatint: '⨖',
  quest: '?',
  questeq: '≟',
  quot: '"',
  rAarr: '⇛',
  rArr: '⇒',
  rAtail: '⤜',
  rBarr: '⤏',
  rHar: '⥤',
  race: '∽̱',
  racute: 'ŕ',
  radic: '√',
  raemptyv: '⦳',
  rang: '⟩',
  rangd: '⦒',
  range: '⦥',
  rangle: '⟩',
  raquo: '»',
  rarr: '→',
  rarrap: '⥵',
  rarrb: '⇥',
  rarrbfs: '⤠',
  rarrc: '⤳',
  rarrfs: '⤞',
  rarrhk: '↪',
  rarrlp: '↬',
  rarrpl: '⥅',
  rarrsim: '⥴',
  rarrtl: '↣',
  rarrw: '↝',
  ratail: '⤚',
  ratio: '∶',
  rationals: 'ℚ',
  rbarr: '⤍',
  rbbrk: '❳',
  rbrace: '}',
  rbrack: ']',
  rbrke: '⦌',
  rbrksld: '⦎',
  rbrkslu: '⦐',
  rcaron: 'ř',
  rcedil: 'ŗ',
  rceil: '⌉',
  rcub: '}',
  rcy: 'р',
  rdca: '⤷',
  rdldhar: '⥩',
  rdquo: '”',
  rdquor: '”',
  rdsh: '↳',
  real: 'ℜ',
  realine: 'ℛ',
  realpart: 'ℜ',
  reals: 'ℝ',
  rect: '▭',
  reg: '®',
  rfisht: '⥽',
  rfloor: '⌋',
  rfr: '𝔯',
  rhard: '⇁',
  rharu: '⇀',
  rharul: '⥬',
  rho: 'ρ',
  rhov: 'ϱ',
  rightarrow: '→',
  rightarrowtail: '↣',
  rightharpoondown: '⇁',
  rightharpoonup: '⇀',
  rightleftarrows: '⇄',
  rightleftharpoons: '⇌',
  rightrightarrows: '⇉',
  rightsquigarrow: '↝',
  rightthreetimes: '⋌',
  ring: '˚',
  risingdotseq: '≓',
  rlarr: '⇄',
  rlhar: '⇌',
  rlm: '‏',
  rmoust: '⎱',
  rmoustache: '⎱',
  rnmid: '⫮',
  roang: '⟭',
  roarr: '⇾',
  robrk: '⟧',
  ropar: '⦆',
  ropf: '𝕣',
  roplus: '⨮',
  rotimes: '⨵',
  rpar: ')',
  rpargt: '⦔',
  rppolint: '⨒',
  rrarr: '⇉',
  rsaquo: '›',
  rscr: '𝓇',
  rsh: '↱',
  rsqb: ']',
  rsquo: '’',
  rsquor: '’',
  rthree: '⋌',
  rtimes: '⋊',
  rtri: '▹',
  rtrie: '⊵',
  rtrif: '▸',
  rtriltri: '⧎',
  ruluhar: '⥨',
  rx: '℞',
  sacute: 'ś',
  sbquo: '‚',
  sc: '≻',
  scE: '⪴',
  scap: '⪸',
  scaron: 'š',
  sccue: '≽',
  sce: '⪰',
  scedil: 'ş',
  scirc: 'ŝ',
  scnE: '⪶',
  scnap: '⪺',
  scnsim: '⋩',
  scpolint: '⨓',
  scsim: '≿',
  scy: 'с',
  sdot: '⋅',
  sdotb: '⊡',
  sdote: '⩦',
  seArr: '⇘',
  searhk: '⤥',
  searr: '↘',
  searrow: '↘',
  sect: '§',
  semi: ';',
  seswar: '⤩',
  setminus: '∖',
  setmn: '∖',
  sext: '✶',
  sfr: '𝔰',
  sfrown: '⌢',
  sharp: '♯',
  shchcy: 'щ',
  shcy: 'ш',
  shortmid: '∣',
  shortparallel: '∥',
  shy: '­',
  sigma: 'σ',
  sigmaf: 'ς',
  sigmav: 'ς',
  sim: '∼',
  simdot: '⩪',
  sime: '≃',
  simeq: '≃',
  simg: '⪞',
  simgE: '⪠',
  siml: '⪝',
  simlE: '⪟',
  simne: '≆',
  simplus: '⨤',
  simrarr: '⥲',
  slarr: '←',
  smallsetminus: '∖',
  smashp: '⨳',
  smeparsl: '⧤',
  smid: '∣',
  smile: '⌣',
  smt: '⪪',
  smte: '⪬',
  smtes: '⪬︀',
  softcy: 'ь',
  sol: '/',
  solb: '⧄',
  solbar: '⌿',
  sopf: '𝕤',
  spades: '♠',
  spadesuit: '♠',
  spar: '∥',
  sqcap: '⊓',
  sqcaps: '⊓︀',
  sqcup: '⊔',
  sqcups: '⊔︀',
  sqsub: '⊏',
  sqsube: '⊑',
  sqsubset: '⊏',
  sqsubseteq: '⊑',
  sqsup: '⊐',
  sqsupe: '⊒',
  sqsupset: '⊐',
  sqsupseteq: '⊒',
  squ: '□',
  square: '□',
  squarf: '▪',
  squf: '▪',
  srarr: '→',
  sscr: '𝓈',
  ssetmn: '∖',
  ssmile: '⌣',
  sstarf: '⋆',
  star: '☆',
  starf: '★',
  straightepsilon: 'ϵ',
  straightphi: 'ϕ',
  strns: '¯',
  sub: '⊂',
  subE: '⫅',
  subdot: '⪽',
  sube: '⊆',
  subedot: '⫃',
  submult: '⫁',
  subnE: '⫋',
  subne: '⊊',
  subplus: '⪿',
  subrarr: '⥹',
  subset: '⊂',
  subseteq: '⊆',
  subseteqq: '⫅',
  subsetneq: '⊊',
  subsetneqq: '⫋',
  subsim: '⫇',
  subsub: '⫕',
  subsup: '⫓',
  succ: '≻',
  succapprox: '⪸',
  succcurlyeq: '≽',
  succeq: '⪰',
  succnapprox: '⪺',
  succneqq: '⪶',
  succnsim: '⋩',
  succsim: '≿',
  sum: '∑',
  sung: '♪',
  sup1: '¹',
  sup2: '²',
  sup3: '³',
  sup: '⊃',
  supE: '⫆',
  supdot: '⪾',
  supdsub: '⫘',
  supe: '⊇',
  supedot: '⫄',
  suphsol: '⟉',
  suphsub: '⫗',
  suplarr: '⥻',
  supmult: '⫂',
  supnE: '⫌',
  supne: '⊋',
  supplus: '⫀',
  supset: '⊃',
  supseteq: '⊇',
  supseteqq: '⫆',
  supsetneq: '⊋',
  supsetneqq: '⫌',
  supsim: '⫈',
  supsub: '⫔',
  supsup: '⫖',
  swArr: '⇙',
  swarhk: '⤦',
  swarr: '↙',
  swarrow: '↙',
  swnwar: '⤪',
  szlig: 'ß',
  target: '⌖',
  tau: 'τ',
  tbrk: '⎴',
  tcaron: 'ť',
  tcedil: 'ţ',
  tcy: 'т',
  tdot: '⃛',
  telrec: '⌕',
  tfr: '𝔱',
  there4: '∴',
  therefore: '∴',
  theta: 'θ',
  thetasym: 'ϑ',
  thetav: 'ϑ',
  thickapprox: '≈',
  thicksim: '∼',
  thinsp: ' ',
  thkap: '≈',
  thksim: '∼',
  thorn: 'þ',
  tilde: '˜',
  times: '×',
  timesb: '⊠',
  timesbar: '⨱',
  timesd: '⨰',
  tint: '∭',
  toea: '⤨',
  top: '⊤',
  topbot: '⌶',
  topcir: '⫱',
  topf: '𝕥',
  topfork: '⫚',
  tosa: '⤩',
  tprime: '‴',
  trade: '™',
  triangle: '▵',
  triangledown: '▿',
  triangleleft: '◃',
  trianglelefteq: '⊴',
  triangleq: '≜',
  triangleright: '▹',
  trianglerighteq: '⊵',
  tridot: '◬',
  trie: '≜',
  triminus: '⨺',
  triplus: '⨹',
  trisb: '⧍',
  tritime: '⨻',
  trpezium: '⏢',
  tscr: '𝓉',
  tscy: 'ц',
  tshcy: 'ћ',
  tstrok: 'ŧ',
  twixt: '≬',
  twoheadleftarrow: '↞',
  twoheadrightarrow: '↠',
  uArr: '⇑',
  uHar: '⥣',
  uacute: 'ú',
  uarr: '↑',
  ubrcy: 'ў',
  ubreve: 'ŭ',
  ucirc: 'û',
  ucy: 'у',
  udarr: '⇅',
  udblac: 'ű',
  udhar: '⥮',
  ufisht: '⥾',
  ufr: '𝔲',
  ugrave: 'ù',
  uharl: '↿',
  uharr: '↾',
  uhblk: '▀',
  ulcorn: '⌜',
  ulcorner: '⌜',
  ulcrop: '⌏',
  ultri: '◸',
  umacr: 'ū',
  uml: '¨',
  uogon: 'ų',
  uopf: '𝕦',
  uparrow: '↑',
  updownarrow: '↕',
  upharpoonleft: '↿',
  upharpoonright: '↾',
  uplus: '⊎',
  upsi: 'υ',
  upsih: 'ϒ',
  upsilon: 'υ',
  upuparrows: '⇈',
  urcorn: '⌝',
  urcorner: '⌝',
  urcrop: '⌎',
  uring: 'ů',
  urtri: '◹',
  uscr: '𝓊',
  utdot: '⋰',
  utilde: 'ũ',
  utri: '▵',
  utrif: '▴',
  uuarr: '⇈',
  uuml: 'ü',
  uwangle: '⦧',
  vArr: '⇕',
  vBar: '⫨',
  vBarv: '⫩',
  vDash: '⊨',
  vangrt: '⦜',
  varepsilon: 'ϵ',
  varkappa: 'ϰ',
  varnothing: '∅',
  varphi: 'ϕ',
  varpi: 'ϖ',
  varpropto: '∝',
  varr: '↕',
  varrho: 'ϱ',
  varsigma: 'ς',
  varsubsetneq: '⊊︀',
  varsubsetneqq: '⫋︀',
  varsupsetneq: '⊋︀',
  varsupsetneqq: '⫌︀',
  vartheta: 'ϑ',
  vartriangleleft: '⊲',
  vartriangleright: '⊳',
  vcy: 'в',
  vdash: '⊢',
  vee: '∨',
  veebar: '⊻',
  veeeq: '≚',
  vellip: '⋮',
  verbar: '|',
  vert: '|',
  vfr: '𝔳',
  vltri: '⊲',
  vnsub: '⊂⃒',
  vnsup: '⊃⃒',
  vopf: '𝕧',
  vprop: '∝',
  vrtri: '⊳',
  vscr: '𝓋',
  vsubnE: '⫋︀',
  vsubne: '⊊︀',
  vsupnE: '⫌︀',
  vsupne: '⊋︀',
  vzigzag: '⦚',
  wcirc: 'ŵ',
  wedbar: '⩟',
  wedge: '∧',
  wedgeq: '≙',
  weierp: '℘',
  wfr: '𝔴',
  wopf: '𝕨',
  wp: '℘',
  wr: '≀',
  wreath: '≀',
  wscr: '𝓌',
  xcap: '⋂',
  xcirc: '◯',
  xcup: '⋃',
  xdtri: '▽',
  xfr: '𝔵',
  xhArr: '⟺',
  xharr: '⟷',
  xi: 'ξ',
  xlArr: '⟸',
  xlarr: '⟵',
  xmap: '⟼',
  xnis: '⋻',
  xodot: '⨀',
  xopf: '𝕩',
  xoplus: '⨁',
  xotime: '⨂',
  xrArr: '⟹',
  xrarr: '⟶',
  xscr: '𝓍',
  xsqcup: '⨆',
  xuplus: '⨄',
  xutri: '△',
  xvee: '⋁',
  xwedge: '⋀',
  yacute: 'ý',
  yacy: 'я',
  ycirc: 'ŷ',
  ycy: 'ы',
  yen: '¥',
  yfr: '𝔶',
  yicy: 'ї',
  yopf: '𝕪',
  yscr: '𝓎',
  yucy: 'ю',
  yuml: 'ÿ',
  zacute: 'ź',
  zcaron: 'ž',
  zcy: 'з',
  zdot: 'ż',
  zeetrf: 'ℨ',
  zeta: 'ζ',
  zfr: '𝔷',
  zhcy: 'ж',
  zigrarr: '⇝',
  zopf: '𝕫',
  zscr: '𝓏',
  zwj: '‍',
  zwnj: '‌'
}

;// CONCATENATED MODULE: ./node_modules/decode-named-character-reference/index.js


// To do: next major: use `Object.hasOwn`.
const decode_named_character_reference_own = {}.hasOwnProperty

/**
 * Decode a single character reference (without the `&` or `;`).
 * You probably only need this when you’re building parsers yourself that follow
 * different rules compared to HTML.
 * This is optimized to be tiny in browsers.
 *
 * @param {string} value
 *   `notin` (named), `#123` (deci), `#x123` (hexa).
 * @returns {string|false}
 *   Decoded reference.
 */
function decodeNamedCharacterReference(value) {
  return decode_named_character_reference_own.call(characterEntities, value) ? characterEntities[value] : false
}

;// CONCATENATED MODULE: ./node_modules/micromark-util-decode-numeric-character-reference/index.js
/**
 * Turn the number (in string form as either hexa- or plain decimal) coming from
 * a numeric character reference into a character.
 *
 * Sort of like `String.fromCodePoint(Number.parseInt(value, base))`, but makes
 * non-characters and control characters safe.
 *
 * @param {string} value
 *   Value to decode.
 * @param {number} base
 *   Numeric base.
 * @returns {string}
 *   Character.
 */
function decodeNumericCharacterReference(value, base) {
  const code = Number.parseInt(value, base);
  if (
  // C0 except for HT, LF, FF, CR, space.
  code < 9 || code === 11 || code > 13 && code < 32 ||
  // Control character (DEL) of C0, and C1 controls.
  code > 126 && code < 160 ||
  // Lone high surrogates and low surrogates.
  code > 55_295 && code < 57_344 ||
  // Noncharacters.
  code > 64_975 && code < 65_008 || /* eslint-disable no-bitwise */
  (code & 65_535) === 65_535 || (code & 65_535) === 65_534 || /* eslint-enable no-bitwise */
  // Out of range
  code > 1_114_111) {
    return "\uFFFD";
  }
  return String.fromCodePoint(code);
}
;// CONCATENATED MODULE: ./node_modules/micromark-util-decode-string/index.js


const characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;

/**
 * Decode markdown strings (which occur in places such as fenced code info
 * strings, destinations, labels, and titles).
 *
 * The “string” content type allows character escapes and -references.
 * This decodes those.
 *
 * @param {string} value
 *   Value to decode.
 * @returns {string}
 *   Decoded value.
 */
function decodeString(value) {
  return value.replace(characterEscapeOrReference, decode);
}

/**
 * @param {string} $0
 *   Match.
 * @param {string} $1
 *   Character escape.
 * @param {string} $2
 *   Character reference.
 * @returns {string}
 *   Decoded value
 */
function decode($0, $1, $2) {
  if ($1) {
    // Escape.
    return $1;
  }

  // Reference.
  const head = $2.charCodeAt(0);
  if (head === 35) {
    const head = $2.charCodeAt(1);
    const hex = head === 120 || head === 88;
    return decodeNumericCharacterReference($2.slice(hex ? 2 : 1), hex ? 16 : 10);
  }
  return decodeNamedCharacterReference($2) || $0;
}
;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/association.js
/**
 * @import {AssociationId} from '../types.js'
 */



/**
 * Get an identifier from an association to match it to others.
 *
 * Associations are nodes that match to something else through an ID:
 * <https://github.com/syntax-tree/mdast#association>.
 *
 * The `label` of an association is the string value: character escapes and
 * references work, and casing is intact.
 * The `identifier` is used to match one association to another:
 * controversially, character escapes and references don’t work in this
 * matching: `&copy;` does not match `©`, and `\+` does not match `+`.
 *
 * But casing is ignored (and whitespace) is trimmed and collapsed: ` A\nb`
 * matches `a b`.
 * So, we do prefer the label when figuring out how we’re going to serialize:
 * it has whitespace, casing, and we can ignore most useless character
 * escapes and all character references.
 *
 * @type {AssociationId}
 */
function association(node) {
  if (node.label || !node.identifier) {
    return node.label || ''
  }

  return decodeString(node.identifier)
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/compile-pattern.js
/**
 * @import {CompilePattern} from '../types.js'
 */

/**
 * Compiles a pattern object into a regular expression.
 *
 * @type {CompilePattern}
 */
function compilePattern(pattern) {
  if (!pattern._compiled) {
    const before =
      (pattern.atBreak ? '[\\r\\n][\\t ]*' : '') +
      (pattern.before ? '(?:' + pattern.before + ')' : '')

    pattern._compiled = new RegExp(
      (pattern.beforeNode ? '^' : before ? '(' + before + ')' : '') +
        (/[$()*+.?[\\\]^{|}]/.test(pattern.character) ? '\\' : '') +
        pattern.character +
        (pattern.afterNode
          ? '$'
          : pattern.after
            ? '(?=' + pattern.after + ')'
            : ''),
      pattern.unicode ? 'gu' : 'g'
    )
  }

  return pattern._compiled
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/container-flow.js
/**
 * @import {State} from 'mdast-util-to-markdown'
 * @import {FlowChildren, FlowParents, TrackFields} from '../types.js'
 */

/**
 * Serialize the children of a parent that contains flow children.
 *
 * @param {FlowParents} parent
 *   Parent of flow nodes.
 * @param {State} state
 *   Info passed around about the current state.
 * @param {TrackFields} info
 *   Info on where we are in the document we are generating.
 * @returns {string}
 *   Serialized children, joined by (blank) lines.
 */
function containerFlow(parent, state, info) {
  const indexStack = state.indexStack
  const children = parent.children || []
  const tracker = state.createTracker(info)
  /** @type {Array<string>} */
  const results = []
  let index = -1

  indexStack.push(-1)

  while (++index < children.length) {
    const child = children[index]

    indexStack[indexStack.length - 1] = index

    results.push(
      tracker.move(
        state.handle(child, parent, state, {
          before: '\n',
          after: '\n',
          ...tracker.current()
        })
      )
    )

    if (child.type !== 'list') {
      state.bulletLastUsed = undefined
    }

    if (index < children.length - 1) {
      results.push(
        tracker.move(between(child, children[index + 1], parent, state))
      )
    }
  }

  indexStack.pop()

  return results.join('')
}

/**
 * Determine the markdown to insert between two flow nodes.
 *
 * @param {FlowChildren} left
 *   Left flow node.
 * @param {FlowChildren} right
 *   Right flow node.
 * @param {FlowParents} parent
 *   Parent of the flow nodes.
 * @param {State} state
 *   Info passed around.
 * @returns {string}
 *   Markdown to insert between the two flow nodes.
 */
function between(left, right, parent, state) {
  let index = state.join.length

  while (index--) {
    const result = state.join[index](left, right, parent, state)

    if (result === true || result === 1) {
      break
    }

    if (typeof result === 'number') {
      return '\n'.repeat(1 + result)
    }

    if (result === false) {
      return '\n\n<!---->\n\n'
    }
  }

  return '\n\n'
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/indent-lines.js
/**
 * @import {IndentLines} from '../types.js'
 */

const eol = /\r?\n|\r/g

/**
 * Indents each line.
 *
 * @type {IndentLines}
 */
function indentLines(value, map) {
  /** @type {Array<string>} */
  const result = []
  let start = 0
  let line = 0
  /** @type {RegExpExecArray | null} */
  let match

  while ((match = eol.exec(value))) {
    one(value.slice(start, match.index))
    result.push(match[0])
    start = match.index + match[0].length
    line++
  }

  one(value.slice(start))

  return result.join('')

  /**
   * Indents a single line.
   *
   * @param {string} value
   *   Line.
   */
  function one(value) {
    result.push(map(value, line, !value))
  }
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/safe.js
/**
 * @import {Nodes} from 'mdast'
 * @import {SafeConfig, State, Unsafe} from 'mdast-util-to-markdown'
 */





const safe_own = {}.hasOwnProperty

/**
 * Make a string safe for embedding in markdown constructs.
 *
 * In markdown, almost all punctuation characters can, in certain cases,
 * result in something.
 * Whether they do is highly subjective to where they happen and in what
 * they happen.
 *
 * To solve this, `mdast-util-to-markdown` tracks:
 *
 * * characters before and after something;
 * * what “constructs” we are in.
 *
 * This information is then used by this function to escape or encode
 * special characters.
 *
 * @param {State} state
 *   Info passed around about the current state.
 * @param {string | null | undefined} input
 *   Raw value to make safe.
 * @param {SafeConfig} config
 *   Configuration.
 * @returns {string}
 *   Serialized markdown safe for embedding.
 */
function safe(state, input, config) {
  const value = (config.before || '') + (input || '') + (config.after || '')
  /** @type {Array<number>} */
  const positions = []
  /** @type {Array<string>} */
  const result = []
  /** @type {Record<number, {before: boolean, after: boolean}>} */
  const infos = {}
  // Character escapes and references do not work in autolinks, so
  // percent-encoding is used instead.
  const percentEncode = state.stack.includes('autolink')
  const offset = config.before ? config.before.length : 0
  const end = value.length - (config.after ? config.after.length : 0)
  let index = -1

  while (++index < state.unsafe.length) {
    const pattern = state.unsafe[index]

    if (
      !patternInScope(state.stack, pattern) ||
      !nodeInScope(pattern.beforeNode, config.beforeNode) ||
      !nodeInScope(pattern.afterNode, config.afterNode)
    ) {
      continue
    }

    const expression = state.compilePattern(pattern)
    const from = pattern.beforeNode ? offset : 0
    const subject = value.slice(from, pattern.afterNode ? end : undefined)
    /** @type {RegExpExecArray | null} */
    let match

    while ((match = expression.exec(subject))) {
      const before = Boolean(pattern.before || pattern.atBreak)
      const after = Boolean(pattern.after)
      const character = match.index + (before ? match[1].length : 0)
      const position = from + character

      // Search again from the character; but always move forward.
      expression.lastIndex = Math.max(character, match.index + 1)

      if (safe_own.call(infos, position)) {
        if (infos[position].before && !before) {
          infos[position].before = false
        }

        if (infos[position].after && !after) {
          infos[position].after = false
        }
      } else {
        positions.push(position)
        infos[position] = {before, after}
      }
    }
  }

  positions.sort(numerical)

  let start = offset
  index = -1

  while (++index < positions.length) {
    const position = positions[index]

    // Character before or after matched:
    if (position < start || position >= end) {
      continue
    }

    // Special handling for “intraword” underscores (`a_b`, `a__b`).
    // Those are different from asterisks in forming attention.
    // Note that `a _ b` also cannot form but not escaping it is very complex,
    // so that’s not handled.
    if (
      value.charAt(position) === '_' &&
      // Preceded by an unescaped character that is not punctuation or whitespace:
      position > 0 &&
      classifyCharacter(value.charCodeAt(position - 1)) === undefined &&
      !safe_own.call(infos, position - 1) &&
      // Characters next to attention markers can become character references
      // later, turning `a` into `&#x61;`, so those do not count.
      !(position - 1 === offset && /[*_]/.test(value.charAt(offset - 1)))
    ) {
      let sequenceEnd = position + 1

      // Look for the whole run.
      while (sequenceEnd < end && value.charAt(sequenceEnd) === '_') {
        sequenceEnd++
      }

      const skip = sequenceEnd - position - 1

      if (
        // All underscores in the run are unsafe positions, so they can be
        // skipped.
        positions[index + skip] === sequenceEnd - 1 &&
        // Rest as above.
        sequenceEnd < value.length &&
        classifyCharacter(value.charCodeAt(sequenceEnd)) === undefined &&
        !safe_own.call(infos, sequenceEnd) &&
        !(sequenceEnd === end - 1 && /[*_]/.test(value.charAt(end)))
      ) {
        index += skip
        continue
      }
    }

    // If this character is supposed to be escaped because it has a condition on
    // the next character, and the next character is definitly being escaped,
    // then skip this escape.
    if (
      (position + 1 < end &&
        positions[index + 1] === position + 1 &&
        infos[position].after &&
        !infos[position + 1].before &&
        !infos[position + 1].after) ||
      (position - 1 >= offset &&
        positions[index - 1] === position - 1 &&
        infos[position].before &&
        !infos[position - 1].before &&
        !infos[position - 1].after)
    ) {
      continue
    }

    if (start !== position) {
      const slice = value.slice(start, position)
      // If we have to use a character reference, an ampersand would be more
      // correct, but as backslashes only care about punctuation, either will
      // do the trick
      result.push(percentEncode ? slice : escapeBackslashes(slice, '\\'))
    }

    start = position + 1

    // Percent-encoding such as `%20`.
    if (percentEncode) {
      result.push(
        '%' +
          value.charCodeAt(position).toString(16).toUpperCase().padStart(2, '0')
      )
    } else if (
      /[!-/:-@[-`{-~]/.test(value.charAt(position)) &&
      (!config.encode || !config.encode.includes(value.charAt(position)))
    ) {
      // Character escape.
      result.push('\\' + value.charAt(position))
    } else {
      // Character reference.
      result.push(encodeCharacterReference(value.charCodeAt(position)))
    }
  }

  const rest = value.slice(start, end)
  result.push(percentEncode ? rest : escapeBackslashes(rest, config.after))

  return result.join('')
}

/**
 * Check if a node matches the node types of a pattern.
 *
 * @param {Array<Nodes['type']> | Nodes['type'] | null | undefined} types
 *   Node types.
 * @param {Nodes | undefined} node
 *   Node.
 * @returns {boolean}
 *   Whether `node` matches `types`.
 */
function nodeInScope(types, node) {
  if (!types) return true
  if (!node) return false
  return typeof types === 'string'
    ? types === node.type
    : types.includes(node.type)
}

/**
 * Compare two numbers.
 *
 * @param {number} a
 *   Number.
 * @param {number} b
 *   Other number.
 * @returns {number}
 *   Result.
 */
function numerical(a, b) {
  return a - b
}

/**
 * Escape backslashes in a string, considering characters that follow.
 *
 * @param {string} value
 *   Value.
 * @param {string} after
 *   Characters that follow the value.
 * @returns {string}
 *   Escaped string.
 */
function escapeBackslashes(value, after) {
  const expression = /\\(?=[!-/:-@[-`{-~])/g
  /** @type {Array<number>} */
  const positions = []
  /** @type {Array<string>} */
  const results = []
  const whole = value + after
  let index = -1
  let start = 0
  /** @type {RegExpExecArray | null} */
  let match

  while ((match = expression.exec(whole))) {
    positions.push(match.index)
  }

  while (++index < positions.length) {
    if (start !== positions[index]) {
      results.push(value.slice(start, positions[index]))
    }

    results.push('\\')
    start = positions[index]
  }

  results.push(value.slice(start))

  return results.join('')
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/util/track.js
/**
 * @import {CreateTracker, TrackCurrent, TrackMove, TrackShift} from '../types.js'
 */

/**
 * Track positional info in the output.
 *
 * @type {CreateTracker}
 */
function track(config) {
  // Defaults are used to prevent crashes when older utilities somehow activate
  // this code.
  /* c8 ignore next 5 */
  const options = config || {}
  const now = options.now || {}
  let lineShift = options.lineShift || 0
  let line = now.line || 1
  let column = now.column || 1

  return {move, current, shift}

  /**
   * Get the current tracked info.
   *
   * @type {TrackCurrent}
   */
  function current() {
    return {now: {line, column}, lineShift}
  }

  /**
   * Define an increased line shift (the typical indent for lines).
   *
   * @type {TrackShift}
   */
  function shift(value) {
    lineShift += value
  }

  /**
   * Move past some generated markdown.
   *
   * @type {TrackMove}
   */
  function move(input) {
    // eslint-disable-next-line unicorn/prefer-default-parameters
    const value = input || ''
    const chunks = value.split(/\r?\n|\r/g)
    const tail = chunks[chunks.length - 1]
    line += chunks.length - 1
    column =
      chunks.length === 1 ? column + tail.length : 1 + tail.length + lineShift
    return value
  }
}

;// CONCATENATED MODULE: ./node_modules/mdast-util-to-markdown/lib/index.js
/**
 * @import {Info, Join, Options, SafeConfig, State} from 'mdast-util-to-markdown'
 * @import {Nodes} from 'mdast'
 * @import {Enter, FlowParents, PhrasingParents, TrackFields} from './types.js'
 */















/**
 * Turn an mdast syntax tree into markdown.
 *
 * @param {Nodes} tree
 *   Tree to serialize.
 * @param {Options | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Serialized markdown representing `tree`.
 */
function toMarkdown(tree, options) {
  const settings = options || {}
  /** @type {State} */
  const state = {
    associationId: association,
    bulletCurrent: undefined,
    bulletLastUsed: undefined,
    containerPhrasing: containerPhrasingBound,
    containerFlow: containerFlowBound,
    createTracker: track,
    compilePattern: compilePattern,
    enter,
    // @ts-expect-error: GFM / frontmatter are typed in `mdast` but not defined
    // here.
    handlers: {...handle},
    // @ts-expect-error: add `handle` in a second.
    handle: undefined,
    indentLines: indentLines,
    indexStack: [],
    join: [...join_join],
    options: {},
    safe: safeBound,
    stack: [],
    unsafe: [...unsafe]
  }

  configure(state, settings)

  if (state.options.tightDefinitions) {
    state.join.push(joinDefinition)
  }

  state.handle = zwitch('type', {
    invalid,
    unknown,
    handlers: state.handlers
  })

  let result = state.handle(
    lib_phrasing(tree) ? {type: 'root', children: [tree]} : tree,
    undefined,
    state,
    {before: '\n', after: '\n', now: {line: 1, column: 1}, lineShift: 0}
  )

  if (
    result &&
    result.charCodeAt(result.length - 1) !== 10 &&
    result.charCodeAt(result.length - 1) !== 13
  ) {
    result += '\n'
  }

  return result

  /**
   * Enter a construct.
   *
   * @type {Enter}
   */
  function enter(name) {
    state.stack.push(name)
    return exit

    /**
     * Exit a construct.
     *
     * @returns {undefined}
     *   Nothing.
     */
    function exit() {
      state.stack.pop()
    }
  }
}

/**
 * Handle an invalid value that cannot be processed.
 *
 * @param {unknown} value
 *   Value.
 * @returns {never}
 *   Never.
 * @throws {Error}
 *   Always.
 */
function invalid(value) {
  throw new Error('Cannot handle value `' + value + '`, expected node')
}

/**
 * Handle an unknown node.
 *
 * @param {unknown} value
 *   Value.
 * @returns {never}
 *   Never.
 * @throws {Error}
 *   Always.
 */
function unknown(value) {
  // Always a node.
  const node = /** @type {Nodes} */ (value)
  throw new Error('Cannot handle unknown node `' + node.type + '`')
}

/**
 * Join function for `tightDefinitions` option.
 *
 * @type {Join}
 */
function joinDefinition(left, right) {
  // No blank line between adjacent definitions.
  if (left.type === 'definition' && left.type === right.type) {
    return 0
  }
}

/**
 * Serialize the children of a parent that contains phrasing children.
 *
 * These children will be joined flush together.
 *
 * @this {State}
 *   Info passed around about the current state.
 * @param {PhrasingParents} parent
 *   Parent of flow nodes.
 * @param {Info} info
 *   Info on where we are in the document we are generating.
 * @returns {string}
 *   Serialized children, joined together.
 */
function containerPhrasingBound(parent, info) {
  return containerPhrasing(parent, this, info)
}

/**
 * Serialize the children of a parent that contains flow children.
 *
 * These children will typically be joined by blank lines.
 * What they are joined by exactly is defined by `Join` functions.
 *
 * @this {State}
 *   Info passed around about the current state.
 * @param {FlowParents} parent
 *   Parent of flow nodes.
 * @param {TrackFields} info
 *   Info on where we are in the document we are generating.
 * @returns {string}
 *   Serialized children, joined by (blank) lines.
 */
function containerFlowBound(parent, info) {
  return containerFlow(parent, this, info)
}

/**
 * Make a string safe for embedding in markdown constructs.
 *
 * In markdown, almost all punctuation characters can, in certain cases,
 * result in something.
 * Whether they do is highly subjective to where they happen and in what
 * they happen.
 *
 * To solve this, `mdast-util-to-markdown` tracks:
 *
 * * Characters before and after something;
 * * What “constructs” we are in.
 *
 * This information is then used by this function to escape or encode
 * special characters.
 *
 * @this {State}
 *   Info passed around about the current state.
 * @param {string | null | undefined} value
 *   Raw value to make safe.
 * @param {SafeConfig} config
 *   Configuration.
 * @returns {string}
 *   Serialized markdown safe for embedding.
 */
function safeBound(value, config) {
  return safe(this, value, config)
}

;// CONCATENATED MODULE: ./packages/core/src/report/markdown/nodes.ts
function nodes_heading(depth, text) {
    return { type: 'heading', depth, children: [{ type: 'text', value: text }] };
}
function nodes_paragraph(...children) {
    return { type: 'paragraph', children };
}
function nodes_text(value) {
    return { type: 'text', value };
}
function nodes_strong(value) {
    return { type: 'strong', children: [{ type: 'text', value }] };
}
/** An italic remark, used to say what was left out. */
function remark(value) {
    return nodes_paragraph({ type: 'emphasis', children: [{ type: 'text', value }] });
}
/** Raw HTML that we wrote ourselves (every untrusted part already escaped by the caller). */
function nodes_html(value) {
    return { type: 'html', value };
}
function cell(content) {
    if (typeof content === 'string')
        return { type: 'tableCell', children: [{ type: 'text', value: content }] };
    return { type: 'tableCell', children: Array.isArray(content) ? content : [content] };
}
/** A GFM table: a header row of our own labels and rows of cells. */
function table(header, rows, align) {
    return {
        type: 'table',
        align: align ?? header.map(() => null),
        children: [header, ...rows].map((row) => ({ type: 'tableRow', children: row.map(cell) })),
    };
}
/** "`n` more … are in the JSON report." when a section was cut, nothing otherwise. */
function leftOut(hidden, what) {
    return hidden > 0 ? [remark(`${hidden} more ${what} left out here; the JSON report has them all.`)] : [];
}

;// CONCATENATED MODULE: ./packages/core/src/report/markdown/histogram.ts

const HOURS = 24;
function hourLabel(hour) {
    return `${String(hour).padStart(2, '0')}:00`;
}
/** Mermaid `xychart-beta` source for 24 hourly counts (only numbers and our own labels). */
function hourChart(counts) {
    const labels = Array.from({ length: HOURS }, (_, hour) => `"${String(hour).padStart(2, '0')}"`);
    const values = Array.from({ length: HOURS }, (_, hour) => Math.max(0, Math.trunc(counts[hour] ?? 0)));
    return [
        'xychart-beta',
        '  title "Error lines by hour of day (UTC)"',
        `  x-axis "Hour (UTC)" [${labels.join(', ')}]`,
        `  y-axis "Error lines" 0 --> ${Math.max(1, ...values)}`,
        `  bar [${values.join(', ')}]`,
    ].join('\n');
}
/** The chart and its peak hour, when the logs carried timestamps. */
function histogramSection(report) {
    const counts = report.hourHistogram;
    const total = counts.reduce((sum, count) => sum + count, 0);
    if (total === 0)
        return [];
    const peak = counts.reduce((best, count, hour) => (count > (counts[best] ?? 0) ? hour : best), 0);
    return [
        nodes_heading(2, 'Errors by hour of day'),
        { type: 'code', lang: 'mermaid', value: hourChart(counts) },
        nodes_paragraph(nodes_text(`${total} error lines with a timestamp; the most (${counts[peak]}) at ${hourLabel(peak)}–${hourLabel((peak + 1) % HOURS)} UTC.`)),
    ];
}

;// CONCATENATED MODULE: ./packages/core/src/report/markdown/intermittent.ts


const REASONS = {
    'failed-and-passed-on-same-commit': 'failed and passed on the same commit',
    'passed-on-rerun': 'passed on re-run',
    'alternating-signature': 'failure signature alternates',
    'known-flaky-signature': 'known flaky signature',
};
/** Jobs whose failures look intermittent across runs, and why. */
function intermittentSection(report, plan) {
    if (report.intermittent.length === 0 || plan.intermittent === 0)
        return [];
    const shown = report.intermittent.slice(0, plan.intermittent);
    const rows = shown.map((flag) => [
        codeSpan(flag.workflow ? `${flag.workflow} / ${flag.job}` : flag.job, 200),
        nodes_text(REASONS[flag.reason]),
        prose(flag.detail, 300),
        codeSpan(flag.headSha ? flag.headSha.slice(0, 12) : '', 12),
        nodes_text(flag.runs.join(', ')),
    ]);
    return [
        nodes_heading(2, 'Intermittent failures'),
        table(['Job', 'Why', 'Detail', 'Commit', 'Runs'], rows),
        ...leftOut(report.intermittent.length - shown.length, 'intermittent failures were'),
    ];
}

;// CONCATENATED MODULE: ./packages/core/src/report/markdown/jobs.ts



/** Jobs the summary is about: failed or cancelled ones, in report order. */
function failedJobs(report) {
    return report.files.filter((file) => file.status === 'failed' || file.status === 'cancelled');
}
function jobs_jobLabel(file) {
    const job = file.context?.jobName;
    return job ? `${job} (${file.path})` : file.path;
}
function rankedFailures(file) {
    return [...file.failures].sort((a, b) => a.rank - b.rank);
}
/** The table: job, status, class, first cause and where it is. */
function jobsTable(report, plan) {
    const jobs = failedJobs(report);
    if (jobs.length === 0)
        return [];
    const rows = jobs.slice(0, plan.jobs).map((file) => {
        const first = rankedFailures(file)[0];
        return [
            codeSpan(jobs_jobLabel(file), 200),
            nodes_text(file.status),
            nodes_text(jobCategory(file)),
            first ? codeSpan(first.title, 200) : prose(file.statusReason, 200),
            first ? codeSpan(`${file.path}:${first.errorLine}`, 200) : nodes_text(''),
        ];
    });
    return [
        nodes_heading(2, 'Failed jobs'),
        table(['Job', 'Status', 'Class', 'First cause', 'Line'], rows),
        ...leftOut(jobs.length - rows.length, 'jobs were'),
    ];
}
function numbered(failure, plan) {
    const shown = failure.lines.slice(0, plan.excerptLines);
    const width = String(failure.startLine + shown.length).length;
    const body = shown.map((line, index) => {
        const number = failure.startLine + index;
        const marker = number === failure.errorLine ? '>' : ' ';
        const cut = line.length > plan.lineChars ? `${line.slice(0, plan.lineChars)}…` : line;
        return `${marker} ${String(number).padStart(width)} | ${untrusted_clean(cut)}`;
    });
    const hidden = failure.lines.length - shown.length;
    if (hidden > 0)
        body.push(`… ${hidden} more lines (to line ${failure.endLine})`);
    return body.join('\n');
}
function excerpt(file, failure, plan) {
    const where = `lines ${failure.startLine}–${failure.endLine}`;
    const confidence = `${Math.round(failure.confidence * 100)}%`;
    const step = failure.step ? ` in step ${htmlCode(failure.step, 120)}` : '';
    const summary = `Cause ${failure.rank} · ${failure.category} (${confidence})${step} · ${where}: ${htmlCode(failure.title, 300)}`;
    return [
        nodes_html(`<details${failure.rank === 1 ? ' open' : ''}><summary>${summary}</summary>`),
        codeBlock(numbered(failure, plan)),
        nodes_html('</details>'),
    ];
}
/** Each failed job's causes as collapsible excerpts of the raw log (the first one open). */
function causes(report, plan) {
    if (plan.excerptsPerJob === 0)
        return [];
    const jobs = failedJobs(report).filter((file) => file.failures.length > 0);
    if (jobs.length === 0)
        return [];
    const nodes = [nodes_heading(2, 'Causes')];
    let hiddenExcerpts = 0;
    for (const file of jobs.slice(0, plan.jobs)) {
        const failures = rankedFailures(file);
        nodes.push({ type: 'heading', depth: 3, children: [codeSpan(jobs_jobLabel(file), 200)] });
        const recommendation = file.classification?.recommendation;
        if (recommendation)
            nodes.push({ type: 'paragraph', children: [nodes_text('What to do: '), ...prose(recommendation, 500)] });
        for (const failure of failures.slice(0, plan.excerptsPerJob))
            nodes.push(...excerpt(file, failure, plan));
        hiddenExcerpts += Math.max(0, failures.length - plan.excerptsPerJob);
    }
    nodes.push(...leftOut(hiddenExcerpts, 'excerpts (causes after the first of a job) were'));
    nodes.push(...leftOut(Math.max(0, jobs.length - plan.jobs), "jobs' causes were"));
    return nodes;
}

;// CONCATENATED MODULE: ./packages/core/src/report/markdown/patterns.ts


/** Error lines that recur across the inputs, most frequent first, with where they appear. */
function patternsSection(report, plan) {
    if (report.patterns.length === 0 || plan.patterns === 0)
        return [];
    const shown = [...report.patterns].sort((a, b) => b.count - a.count).slice(0, plan.patterns);
    const rows = shown.map((pattern) => {
        const first = pattern.files[0];
        const where = first ? `${first.path}:${first.line}` : '';
        const files = pattern.fileCount > 1 ? ` (+${pattern.fileCount - 1} files)` : '';
        return [
            nodes_text(String(pattern.count)),
            codeSpan(pattern.template, 200),
            nodes_text(pattern.category),
            [codeSpan(where, 150), nodes_text(files)],
            nodes_text(pattern.runCount > 0 ? String(pattern.runCount) : ''),
        ];
    });
    return [
        nodes_heading(2, 'Recurring patterns'),
        table(['Count', 'Pattern', 'Class', 'First seen', 'Runs'], rows, ['right', null, null, null, 'right']),
        ...leftOut(report.patterns.length - shown.length, 'patterns were'),
    ];
}

;// CONCATENATED MODULE: ./packages/core/src/report/markdown/plan.ts
const FULL = {
    excerptsPerJob: 5,
    excerptLines: 200,
    jobs: 500,
    patterns: 50,
    intermittent: 100,
    recipes: 50,
    lineChars: 1000,
};
/** Plans from the fullest to the barest, each a subset of the one before. */
const RENDER_PLANS = [
    FULL,
    { ...FULL, excerptsPerJob: 1 },
    { ...FULL, excerptsPerJob: 1, patterns: 10 },
    { ...FULL, excerptsPerJob: 1, patterns: 10, excerptLines: 30, lineChars: 300 },
    { ...FULL, excerptsPerJob: 1, patterns: 5, excerptLines: 30, lineChars: 300, recipes: 10, intermittent: 20, jobs: 100 },
    { excerptsPerJob: 1, excerptLines: 10, jobs: 50, patterns: 0, intermittent: 10, recipes: 3, lineChars: 200 },
    { excerptsPerJob: 0, excerptLines: 0, jobs: 20, patterns: 0, intermittent: 0, recipes: 0, lineChars: 200 },
];

;// CONCATENATED MODULE: ./packages/core/src/report/markdown/recipes.ts




function facts(recipe) {
    const items = [];
    const add = (label, value) => {
        if (value === undefined || value === '')
            return;
        items.push({ type: 'listItem', spread: false, children: [nodes_paragraph(nodes_text(`${label}: `), codeSpan(String(value), 200))] });
    };
    add('Workflow', recipe.workflow);
    add('Job', recipe.job);
    add('Commit', recipe.headSha);
    add('Run', recipe.runId);
    add('Failing step', recipe.step);
    return items.length > 0 ? [{ type: 'list', ordered: false, spread: false, children: items }] : [];
}
function commands(recipe) {
    const lines = [];
    if (recipe.rerun)
        lines.push('# re-run the failed jobs on GitHub', recipe.rerun);
    // Runner variables (ACTIONS_STEP_DEBUG…) do nothing on a laptop: they belong to a re-run.
    const env = Object.entries(recipe.debugEnv)
        .filter(([name]) => !isRunnerVariable(name))
        .map(([name, value]) => `${name}=${shellWord(value)}`);
    if (recipe.local)
        lines.push('# try it locally', [...env, recipe.local].join(' '));
    else if (env.length > 0)
        lines.push('# turn on debug output', ...env.map((assignment) => `export ${assignment}`));
    if (recipe.command)
        lines.push('# the failing step ran', recipe.command);
    return lines;
}
function recipeNodes(recipe) {
    const script = commands(recipe);
    const steps = recipe.steps.map((step) => ({ type: 'listItem', spread: false, children: [nodes_paragraph(...prose(step, 500))] }));
    return [
        { type: 'heading', depth: 3, children: [codeSpan(recipe.job ?? recipe.path, 200)] },
        ...facts(recipe),
        ...(script.length > 0 ? [codeBlock(script.join('\n'), 'sh')] : []),
        ...(steps.length > 0 ? [{ type: 'list', ordered: true, spread: false, children: steps }] : []),
    ];
}
/** One recipe per failed job. */
function recipesSection(report, plan) {
    if (report.recipes.length === 0 || plan.recipes === 0)
        return [];
    const shown = report.recipes.slice(0, plan.recipes);
    return [
        nodes_heading(2, 'Reproduce'),
        ...shown.flatMap(recipeNodes),
        ...leftOut(report.recipes.length - shown.length, 'recipes were'),
    ];
}

;// CONCATENATED MODULE: ./packages/core/src/report/markdown.ts










/** GitHub refuses a step summary over 1 MiB. */
const DEFAULT_SUMMARY_MAX_BYTES = 1024 * 1024;
const DEFAULT_TITLE = 'prodfix: why the jobs failed';
const MAX_NOTES = 20;
function size(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
function header(report, title) {
    const { stats } = report;
    const seconds = (stats.durationMs / 1000).toFixed(2);
    return [
        { type: 'heading', depth: 1, children: prose(title, 200) },
        nodes_paragraph(nodes_strong('Verdict:'), nodes_text(' '), ...prose(report.verdict, 1000)),
        nodes_paragraph(nodes_text(`${stats.failed} of ${stats.files} logs failed · ${stats.lines} lines, ${size(stats.bytes)} read in ${seconds} s.`)),
    ];
}
function notesSection(report) {
    if (report.notes.length === 0)
        return [];
    const shown = report.notes.slice(0, MAX_NOTES);
    return [
        nodes_heading(2, 'Notes'),
        {
            type: 'list',
            ordered: false,
            spread: false,
            children: shown.map((note) => ({ type: 'listItem', spread: false, children: [nodes_paragraph(...prose(note, 500))] })),
        },
        ...leftOut(report.notes.length - shown.length, 'notes were'),
    ];
}
function markdown_document(report, plan, title, shortened) {
    return {
        type: 'root',
        children: [
            ...header(report, title),
            ...(shortened ? [remark(shortened)] : []),
            ...jobsTable(report, plan),
            ...causes(report, plan),
            ...patternsSection(report, plan),
            ...intermittentSection(report, plan),
            ...histogramSection(report),
            ...recipesSection(report, plan),
            ...notesSection(report),
        ],
    };
}
function markdown_serialize(root) {
    return toMarkdown(root, { extensions: [gfmTableToMarkdown({ tablePipeAlign: false })], bullet: '-', fence: '`', fences: true, rule: '-' });
}
function byteLength(markdown) {
    return Buffer.byteLength(markdown, 'utf8');
}
/**
 * Renders the report as GitHub-flavoured Markdown no larger than `maxBytes`. When the whole
 * report doesn't fit, parts are dropped least important first (later excerpts, the patterns'
 * tail, long excerpts, then whole sections) and the page says what was left out.
 */
function renderMarkdown(report, options = {}) {
    const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
    const title = options.title ?? DEFAULT_TITLE;
    const shortened = `This summary was shortened to stay under ${size(maxBytes)}; the JSON report has everything.`;
    for (const [index, plan] of RENDER_PLANS.entries()) {
        const markdown = markdown_serialize(markdown_document(report, plan, title, index === 0 ? undefined : shortened));
        if (byteLength(markdown) <= maxBytes)
            return markdown;
    }
    return markdown_serialize({
        type: 'root',
        children: [
            ...header(report, title),
            remark(`The summary doesn't fit in ${size(maxBytes)} even shortened; the JSON report has everything.`),
        ],
    });
}

;// CONCATENATED MODULE: ./packages/core/src/report/index.ts
/** Rendering a report for people and machines: Markdown, JSON, annotations, `fail-on`. */







;// CONCATENATED MODULE: ./packages/core/src/index.ts
/** @prodfix/core: the analysis engine shared by the actions and the CLI. No `@actions/*` here. */













;// CONCATENATED MODULE: ./packages/cli/src/terminal/sanitize.ts
// Escape sequences (CSI, OSC, DCS/SOS/PM/APC strings, two-byte escapes) and C1 CSI.
const ESCAPE_SEQUENCE = /\x1b\[[0-?]*[ -/]*[@-~]?|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[ -/]*[0-~]?|\x9b[0-?]*[ -/]*[@-~]?/g;
// Remaining C0/C1 controls (tab excepted) and Unicode bidirectional overrides/isolates,
// which can make a terminal show text in an order other than the bytes'.
const UNSAFE_CHARACTER = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * Makes untrusted text (log lines, file names, messages) safe to print on a terminal: drops
 * escape sequences and control characters so a log cannot move the cursor, change the
 * title, hide text or write hyperlinks; tabs become spaces; the result is one line.
 */
function terminalSafe(text) {
    return text.replace(ESCAPE_SEQUENCE, '').replace(UNSAFE_CHARACTER, '').replace(/\t/g, '    ');
}

;// CONCATENATED MODULE: ./packages/cli/src/cli-logger.ts

/**
 * The engine's logger for the CLI: warnings and errors on stderr, info and debug only with
 * `PRODFIX_DEBUG=1`. Messages may quote log text, so they are sanitised.
 */
function createCliLogger(stderr, options) {
    const line = (prefix, message) => {
        stderr.write(`${prefix}${terminalSafe(message)}\n`);
    };
    return {
        debug: (message) => options.debug && line('debug: ', message),
        info: (message) => options.debug && line('', message),
        warning: (message) => !options.quiet && line('warning: ', message),
        error: (message) => line('error: ', message),
    };
}
/** True when `PRODFIX_DEBUG` asks for stacks and debug messages. */
function debugEnabled(env) {
    const value = env.PRODFIX_DEBUG;
    return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

;// CONCATENATED MODULE: ./packages/cli/src/exit-codes.ts
/** The `prodfix` process exit codes (sysexits-style for internal errors). */
const ExitCode = {
    /** Ran fine; any failures found were reported but not selected by `--fail-on`. */
    ok: 0,
    /** `--fail-on` matched a failure in the report. */
    failOnMatched: 1,
    /** The user's mistake: a bad option, a missing path. */
    usage: 2,
    /** A bug in prodfix (EX_SOFTWARE). */
    internal: 70,
};

;// CONCATENATED MODULE: ./packages/cli/src/progress.ts
/** Wait this long before the first progress line, so small inputs never show one. */
const FIRST_AFTER_MS = 500;
/** Then redraw at most this often. */
const EVERY_MS = 200;
const megabytes = (bytes) => (bytes / 1024 ** 2).toFixed(1);
/**
 * A one-line, self-overwriting progress indicator on stderr, shown only when stderr is a
 * terminal and the work takes long enough to need one.
 */
class ProgressLine {
    stream;
    now;
    startedAt;
    lastDrawnAt = 0;
    drawn = false;
    constructor(stream, now = Date.now) {
        this.stream = stream;
        this.now = now;
        this.startedAt = now();
    }
    /** Whether this stream gets progress lines at all. */
    get active() {
        return this.stream.isTTY === true;
    }
    /** Redraws the line if enough time has passed. */
    update(progress) {
        if (!this.active)
            return;
        const now = this.now();
        if (now - this.startedAt < FIRST_AFTER_MS || now - this.lastDrawnAt < EVERY_MS)
            return;
        this.lastDrawnAt = now;
        this.drawn = true;
        const share = progress.totalBytes > 0 ? Math.floor((100 * progress.bytes) / progress.totalBytes) : 0;
        this.stream.write(`\r\x1b[2Kprodfix: ${progress.files}/${progress.totalFiles} files, ${megabytes(progress.bytes)}/${megabytes(progress.totalBytes)} MB (${share}%)`);
    }
    /** Erases the line, if one was drawn. */
    clear() {
        if (this.drawn)
            this.stream.write('\r\x1b[2K');
        this.drawn = false;
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/terminal/excerpt.ts

/** Longest excerpt line shown, in characters (the JSON report keeps more). */
const MAX_LINE_CHARS = 240;
function clip(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/**
 * An excerpt as numbered lines: `  123 │ text`, the error line marked with `>` and
 * highlighted. Every line is sanitised: it comes from the log.
 */
function renderExcerpt(failure, style, indent) {
    const lastLine = failure.startLine + Math.max(failure.lines.length - 1, 0);
    const width = String(lastLine).length;
    return failure.lines.map((raw, index) => {
        const lineNumber = failure.startLine + index;
        const text = clip(terminalSafe(raw), MAX_LINE_CHARS);
        const number = String(lineNumber).padStart(width);
        if (lineNumber === failure.errorLine) {
            return `${indent}${style.red('>')} ${style.bold(number)} │ ${style.red(style.bold(text))}`;
        }
        return `${indent}  ${style.dim(`${number} │`)} ${text}`;
    });
}

;// CONCATENATED MODULE: ./packages/cli/src/terminal/render.ts



const percent = (value) => `${Math.round(value * 100)}%`;
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
function headline(report, style) {
    const { stats } = report;
    const counts = new Map();
    for (const file of report.files)
        counts.set(file.status, (counts.get(file.status) ?? 0) + 1);
    const parts = [...counts].map(([status, count]) => `${count} ${status}`).join(', ');
    const seconds = (stats.durationMs / 1000).toFixed(1);
    const mark = stats.failed > 0 ? style.red('✖') : style.green('✔');
    return [
        `${mark} ${style.bold(terminalSafe(report.verdict))}`,
        style.dim(`  ${plural(stats.files, 'file')} (${parts || 'none'}), ${stats.lines.toLocaleString('en-US')} lines in ${seconds} s`),
    ];
}
function recipeLines(recipe, style) {
    if (!recipe)
        return [];
    const lines = [];
    const where = [recipe.workflow, recipe.job, recipe.step].filter(Boolean).map((s) => terminalSafe(String(s)));
    if (where.length > 0)
        lines.push(`    ${style.dim('where')}   ${where.join(' › ')}${recipe.headSha ? ` @ ${terminalSafe(recipe.headSha.slice(0, 12))}` : ''}`);
    if (recipe.command)
        lines.push(...commandLines('command', recipe.command, style));
    if (recipe.rerun)
        lines.push(`    ${style.dim('rerun')}   ${terminalSafe(recipe.rerun)}`);
    if (recipe.local && recipe.local !== recipe.command)
        lines.push(...commandLines('local  ', recipe.local, style));
    const env = Object.entries(recipe.debugEnv).map(([k, v]) => `${k}=${v}`).join(' ');
    if (env)
        lines.push(`    ${style.dim('debug')}   ${terminalSafe(env)}`);
    return lines.length > 0 ? [`  ${style.bold('Reproduce')}`, ...lines] : [];
}
/** Most lines of a multi-line step script shown in the terminal (the JSON report has all). */
const SCRIPT_LINES_SHOWN = 4;
/** A labelled command; a multi-line script keeps its line breaks, cut after a few lines. */
function commandLines(label, command, style) {
    const script = command.split('\n').map((line) => terminalSafe(line.trimEnd())).filter((line) => line.trim() !== '');
    const shown = script.slice(0, SCRIPT_LINES_SHOWN);
    const lines = shown.map((line, index) => (index === 0 ? `    ${style.dim(label)} ${line}` : `            ${line}`));
    if (script.length > shown.length)
        lines.push(style.dim(`            … ${script.length - shown.length} more line(s) in the JSON report`));
    return lines;
}
function failedFile(file, recipe, style) {
    const top = job_category_topFailure(file);
    const category = jobCategory(file);
    const confidence = file.classification?.confidence ?? top?.confidence;
    const label = `${category}${confidence === undefined ? '' : ` ${percent(confidence)}`}`;
    const lines = [`${style.red(style.bold('FAILED'))} ${style.bold(terminalSafe(file.path))}  ${style.yellow(`[${label}]`)}`];
    lines.push(style.dim(`  ${terminalSafe(file.statusReason)}`));
    const failedStep = file.steps.find((step) => step.failed);
    if (failedStep && !file.statusReason.includes(failedStep.name)) {
        const exit = failedStep.exitCode === undefined ? '' : ` (exit code ${failedStep.exitCode})`;
        lines.push(`  ${style.dim('step')} ${terminalSafe(failedStep.name)}${exit}`);
    }
    if (top) {
        lines.push(`  ${style.bold(`#1 ${terminalSafe(top.title)}`)}`);
        lines.push(style.dim(`     lines ${top.startLine}-${top.endLine} · ${top.category} · ${percent(top.confidence)}`));
        lines.push(...renderExcerpt(top, style, '    '));
    }
    else {
        lines.push(`  ${style.dim('no explaining lines found')}`);
    }
    for (const other of file.failures.filter((failure) => failure !== top)) {
        lines.push(`  ${style.dim(`#${other.rank} lines ${other.startLine}-${other.endLine}`)} ${terminalSafe(other.title)}`);
    }
    if (file.failedTests.length > 0) {
        const shown = file.failedTests.slice(0, 10).map(terminalSafe).join(', ');
        const more = file.failedTests.length > 10 ? ` … and ${file.failedTests.length - 10} more` : '';
        lines.push(`  ${style.bold('Failing tests')} ${shown}${more}`);
    }
    if (file.classification)
        lines.push(`  ${style.bold('Advice')} ${terminalSafe(file.classification.recommendation)}`);
    lines.push(...recipeLines(recipe, style));
    return lines;
}
function patternSection(report, style, max) {
    if (report.patterns.length === 0)
        return [];
    const lines = [style.bold('Recurring patterns')];
    for (const pattern of report.patterns.slice(0, max)) {
        const spread = `${plural(pattern.fileCount, 'file')}${pattern.runCount > 0 ? `, ${plural(pattern.runCount, 'run')}` : ''}`;
        lines.push(`  ${style.cyan(`${pattern.count}×`.padStart(6))} ${terminalSafe(pattern.template)} ${style.dim(`(${pattern.category}; ${spread})`)}`);
    }
    if (report.patterns.length > max)
        lines.push(style.dim(`  … and ${report.patterns.length - max} more in the JSON report`));
    return lines;
}
function render_intermittentSection(report, style) {
    if (report.intermittent.length === 0)
        return [];
    const lines = [style.bold('Intermittent failures')];
    for (const flag of report.intermittent) {
        const job = [flag.workflow, flag.job].filter(Boolean).map((s) => terminalSafe(String(s))).join(' › ');
        lines.push(`  ${style.yellow('~')} ${job}: ${terminalSafe(flag.detail)} ${style.dim(`(${flag.reason}${flag.runs.length > 0 ? `; runs ${flag.runs.slice(0, 6).join(', ')}${flag.runs.length > 6 ? ` and ${flag.runs.length - 6} more` : ''}` : ''})`)}`);
    }
    return lines;
}
/** The human-readable report printed by `prodfix analyze`, as lines (no trailing newline). */
const BARS = ' ▁▂▃▄▅▆▇█';
/** Error lines by hour of day as one row of bars, with the busiest hour named. */
function hourSection(report, style) {
    const counts = report.hourHistogram;
    const peak = Math.max(...counts);
    if (!(peak > 0))
        return [];
    const bars = counts.map((count) => BARS[count === 0 ? 0 : Math.max(1, Math.round((count / peak) * (BARS.length - 1)))]).join('');
    const busiest = counts.indexOf(peak);
    return [
        style.bold('Errors by hour of day (UTC)'),
        `  00 ${bars} 23   ${style.dim(`most at ${String(busiest).padStart(2, '0')}:00 (${peak.toLocaleString('en-US')} error lines)`)}`,
    ];
}
function renderTerminalReport(report, options) {
    const { style } = options;
    const recipes = new Map(report.recipes.map((recipe) => [recipe.path, recipe]));
    const sections = [headline(report, style)];
    for (const file of report.files) {
        if (file.status === 'failed')
            sections.push(failedFile(file, recipes.get(file.path), style));
    }
    const cancelled = report.files.filter((file) => file.status === 'cancelled');
    if (cancelled.length > 0) {
        sections.push([style.bold('Cancelled'), ...cancelled.map((file) => `  ${terminalSafe(file.path)} ${style.dim(terminalSafe(file.statusReason))}`)]);
    }
    sections.push(patternSection(report, style, options.maxPatterns ?? 10));
    sections.push(render_intermittentSection(report, style));
    sections.push(hourSection(report, style));
    if (report.notes.length > 0)
        sections.push([style.bold('Notes'), ...report.notes.map((note) => `  ${terminalSafe(note)}`)]);
    return sections.filter((section) => section.length > 0).flatMap((section, index) => (index === 0 ? section : ['', ...section]));
}

;// CONCATENATED MODULE: ./packages/cli/src/terminal/style.ts
/**
 * Colour on a terminal only, following the no-color.org and FORCE_COLOR conventions:
 * `NO_COLOR` (any non-empty value) turns it off, `FORCE_COLOR` (any value but `0`/`false`)
 * turns it on even when the stream is not a terminal; `TERM=dumb` turns it off.
 */
function shouldUseColour(stream, env) {
    if (env.NO_COLOR)
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== '0' && force.toLowerCase() !== 'false';
    return stream.isTTY === true && env.TERM !== 'dumb';
}
function sgr(open, close) {
    return (text) => `\x1b[${open}m${text}\x1b[${close}m`;
}
const identity = (text) => text;
/** A style that colours (SGR codes) or not. */
function createStyle(enabled) {
    if (!enabled) {
        return { enabled, bold: identity, dim: identity, red: identity, green: identity, yellow: identity, cyan: identity };
    }
    return {
        enabled,
        bold: sgr(1, 22),
        dim: sgr(2, 22),
        red: sgr(31, 39),
        green: sgr(32, 39),
        yellow: sgr(33, 39),
        cyan: sgr(36, 39),
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/parse.ts


/**
 * `util.parseArgs` with two additions: options named in `listOptions` take several values
 * (`--baseline a.log b.log`, until the next option or `--`, or repeated), and parse errors
 * become ConfigurationErrors (one line, exit code 2).
 */
function parseCommandLine(argv, options, listOptions = []) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options, allowPositionals: true, strict: true, tokens: true });
    }
    catch (error) {
        throw new ConfigurationError(`${error.message.split('\n')[0]} (see --help)`);
    }
    const lists = Object.fromEntries(listOptions.map((name) => [name, []]));
    const positionals = [];
    let collecting = positionals;
    for (const token of parsed.tokens ?? []) {
        if (token.kind === 'option-terminator')
            collecting = positionals;
        else if (token.kind === 'positional')
            collecting.push(token.value);
        else if (token.kind === 'option') {
            const list = lists[token.name];
            if (list && token.value !== undefined)
                list.push(token.value);
            collecting = list ?? positionals;
        }
    }
    const values = {};
    for (const [name, value] of Object.entries(parsed.values)) {
        values[name] = Array.isArray(value) ? value.at(-1) : value;
    }
    return { values, positionals, lists };
}
/** A positive whole number from an option value, or a ConfigurationError naming the option. */
function parse_positiveInteger(name, value) {
    if (value === undefined || typeof value === 'boolean')
        return undefined;
    if (!/^\d+$/.test(value) || Number(value) < 1)
        throw new ConfigurationError(`--${name} must be a whole number of at least 1, got "${value}"`);
    return Number(value);
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/analyze.ts










const HELP = `Usage: prodfix analyze <paths…> [options]

Reads CI job logs and build/application logs (files, folders, globs or run-log zips) and
says why each failed job failed: the lines that explain it, its class, failing tests,
recurring error patterns, intermittent failures and how to reproduce it.

Options:
  --baseline <paths…>  passing logs of the same jobs (lines also seen there are not causes)
  --json <file>        write the JSON report to <file> ("-": to stdout, instead of the text report)
  --markdown <file>    write the Markdown summary to <file> (- for stdout)
  --fail-on <cats>     exit 1 when a failed job's class is one of these (comma-separated
                       categories, "any" for any failed job; default: none)
  --max-failures <n>   ranked causes kept per failed job (default 5)
  --repo <owner/name>  repository, to map runner paths to repository paths
  --quiet              print only the verdict line
  -h, --help           show this help

Exit codes: 0 done, 1 --fail-on matched, 2 usage error, 70 internal error.`;
/** Parses and validates `prodfix analyze` arguments. */
function parseAnalyzeArgs(argv) {
    const { values, positionals, lists } = parseCommandLine(argv, {
        baseline: { type: 'string', multiple: true },
        json: { type: 'string' },
        markdown: { type: 'string' },
        'fail-on': { type: 'string' },
        'max-failures': { type: 'string' },
        repo: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
    }, ['baseline']);
    const help = values.help === true;
    if (!help && positionals.length === 0)
        throw new ConfigurationError('analyze: give at least one log file, folder, glob or zip (see prodfix analyze --help)');
    const repository = values.repo;
    if (repository !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
        throw new ConfigurationError(`--repo must look like owner/name, got "${repository}"`);
    }
    return {
        paths: positionals,
        baseline: lists.baseline ?? [],
        json: values.json,
        markdown: values.markdown,
        failOn: parseFailOn(values['fail-on'] ?? 'none', '--fail-on'),
        maxFailures: parse_positiveInteger('max-failures', values['max-failures']),
        repository,
        quiet: values.quiet === true,
        help,
    };
}
/** Writes a report file, creating its folder; a path that can't be written is the user's to fix. */
async function writeOutput(cwd, option, path, text) {
    const target = (0,external_node_path_namespaceObject.resolve)(cwd, path);
    try {
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(target), { recursive: true });
        await (0,promises_namespaceObject.writeFile)(target, text, 'utf8');
    }
    catch (error) {
        throw new ConfigurationError(`${option}: cannot write "${path}" (${error.code ?? error.message})`);
    }
}
async function runAnalysis(options, io) {
    const progress = new ProgressLine(io.stderr);
    const logger = createCliLogger(io.stderr, { debug: debugEnabled(io.env), quiet: options.quiet });
    try {
        return await analyze({
            paths: options.paths,
            baseline: options.baseline,
            cwd: io.cwd,
            repository: options.repository,
            maxFailuresPerFile: options.maxFailures,
            logger,
            onProgress: options.quiet || !progress.active ? undefined : (p) => progress.update(p),
        });
    }
    finally {
        progress.clear();
    }
}
/** `prodfix analyze`: the engine over the given paths, reported on the terminal and to files. */
const analyzeCommand = {
    name: 'analyze',
    summary: 'explain why the jobs in these logs failed',
    help: HELP,
    async run(argv, io) {
        const options = parseAnalyzeArgs(argv);
        if (options.help) {
            io.stdout.write(`${HELP}\n`);
            return ExitCode.ok;
        }
        const report = await runAnalysis(options, io);
        if (options.json === '-' && options.markdown === '-')
            throw new ConfigurationError('--json - and --markdown - both want stdout: write one of them to a file');
        const json = renderJson(report);
        if (options.json === '-')
            io.stdout.write(json);
        else if (options.json)
            await writeOutput(io.cwd, '--json', options.json, json);
        const markdown = options.markdown ? renderMarkdown(report) : undefined;
        if (options.markdown === '-')
            io.stdout.write(markdown);
        else if (options.markdown)
            await writeOutput(io.cwd, '--markdown', options.markdown, markdown);
        const matched = matchFailOn(report, options.failOn);
        if (options.json !== '-' && options.markdown !== '-') {
            const style = createStyle(shouldUseColour(io.stdout, io.env));
            const lines = options.quiet ? renderTerminalReport(report, { style }).slice(0, 1) : renderTerminalReport(report, { style });
            io.stdout.write(`${lines.join('\n')}\n`);
        }
        if (matched.length === 0)
            return ExitCode.ok;
        const names = matched.slice(0, 3).map((file) => terminalSafe(file.path)).join(', ');
        io.stderr.write(`prodfix: --fail-on matched ${matched.length} failed job${matched.length === 1 ? '' : 's'} (${names}${matched.length > 3 ? ', …' : ''})\n`);
        return ExitCode.failOnMatched;
    },
};

;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: ./packages/collect/node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./packages/collect/node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}

// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(896);
var external_fs_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_fs_, 2);
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "url"
const external_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/fdir/dist/index.mjs




//#region rolldown:runtime
var __require = /* @__PURE__ */ (0,external_module_namespaceObject.createRequire)(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = (0,external_path_namespaceObject.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_namespaceObject.sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = (0,external_path_namespaceObject.resolve)(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes((0,external_path_namespaceObject.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const dist_empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : dist_empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = (0,external_path_namespaceObject.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_namespaceObject.dirname)(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function dist_build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var dist_Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new dist_Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || external_fs_namespaceObject
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = dist_build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = (0,external_path_namespaceObject.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_namespaceObject.dirname)(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: external_path_namespaceObject.sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

//#endregion

;// CONCATENATED MODULE: ./node_modules/tinyglobby/dist/index.mjs





//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => external_path_namespaceObject.posix.relative(cwd, p) || ".";
	return (p) => external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
function convertPosixPathToPattern(path) {
	return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
	return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
/**
* Converts a path to a pattern depending on the platform.
* Identical to {@link escapePath} on POSIX systems.
* @see {@link https://superchupu.dev/tinyglobby/documentation#convertPathToPattern}
*/
/* node:coverage ignore next 3 */
const convertPathToPattern = (/* unused pure expression or super */ null && (isWin ? convertWin32PathToPattern : convertPosixPathToPattern));
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = (0,external_path_namespaceObject.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? external_path_namespaceObject.posix.relative(escapedCwd, result) : external_path_namespaceObject.posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = external_path_namespaceObject.posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? external_path_namespaceObject.posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? (0,external_url_namespaceObject.fileURLToPath)(opts.cwd) : (0,external_path_namespaceObject.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || external_fs_.readdir,
		readdirSync: opts.fs.readdirSync || external_fs_.readdirSync,
		realpath: opts.fs.realpath || external_fs_.realpath,
		realpathSync: opts.fs.realpathSync || external_fs_.realpathSync,
		stat: opts.fs.stat || external_fs_.stat,
		statSync: opts.fs.statSync || external_fs_.statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}
function globSync(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(crawler.sync(), relative) : [];
}
//#endregion


;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./packages/collect/src/slug.ts

/** Longest slug, in characters (suffixes for collisions included). */
const MAX_SLUG_LENGTH = 90;
/** Names Windows refuses as file names, whatever the extension. */
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/i;
/**
 * A safe file or folder name from an untrusted name (a job or step name, a path segment):
 * letters, digits, `.`, `_` and `-` only, lower case, no leading dot (so never `.` or `..`),
 * at most MAX_SLUG_LENGTH characters. Accents are dropped (`é` → `e`); a name with nothing
 * usable left becomes `<fallback>-<8 hex of its hash>`, so distinct names stay distinct.
 */
function slugify(name, fallback = 'job') {
    const ascii = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    let slug = ascii
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '');
    if (slug.length === 0)
        slug = `${fallback}-${shortHash(name)}`;
    if (RESERVED.test(slug))
        slug = `${slug}-`;
    return trimTo(slug, MAX_SLUG_LENGTH);
}
/**
 * Hands out slugs that are unique within one folder: the first `build` is `build`, the next
 * `build-2`, and so on, still within MAX_SLUG_LENGTH.
 */
class SlugAllocator {
    fallback;
    taken = new Set();
    constructor(fallback = 'job') {
        this.fallback = fallback;
    }
    /** Marks `slug` as taken (a file that already lives in the folder, such as `run.json`). */
    reserve(slug) {
        this.taken.add(slug);
        return this;
    }
    /** A slug for `name` not handed out before by this allocator. */
    next(name) {
        const base = slugify(name, this.fallback);
        let slug = base;
        for (let n = 2; this.taken.has(slug); n++) {
            const suffix = `-${n}`;
            slug = trimTo(base, MAX_SLUG_LENGTH - suffix.length) + suffix;
        }
        this.taken.add(slug);
        return slug;
    }
}
function trimTo(slug, length) {
    return slug.length <= length ? slug : slug.slice(0, length).replace(/[-.]+$/, '');
}
function shortHash(text) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text).digest('hex').slice(0, 8);
}

;// CONCATENATED MODULE: ./packages/collect/src/app-logs.ts






/**
 * Files in the workspace that match the globs: regular files only, never through a symbolic
 * link, and never a path whose real location is outside the workspace. Patterns that are
 * absolute or climb out with `..` are refused.
 */
async function findAppLogs(search) {
    checkAppLogPatterns(search.globs);
    if (search.globs.length === 0)
        return [];
    const root = await (0,promises_namespaceObject.realpath)(search.workspace);
    const ignore = search.exclude
        .map((dir) => (0,external_node_path_namespaceObject.relative)(root, dir).split(external_node_path_namespaceObject.sep).join('/'))
        .filter((dir) => dir !== '' && !dir.startsWith('..'))
        .map((dir) => `${dir}/**`);
    const matches = await glob([...search.globs], {
        cwd: root,
        onlyFiles: true,
        followSymbolicLinks: false,
        ignore: ['.git/**', '**/node_modules/**', ...ignore],
        expandDirectories: false,
    });
    const files = [];
    const taken = new Set();
    for (const match of matches.sort()) {
        const source = (0,external_node_path_namespaceObject.join)(root, match);
        const stat = await (0,promises_namespaceObject.lstat)(source);
        if (!stat.isFile()) {
            search.logger.warning(`app-logs: skipped ${match}: not a regular file (links are never followed)`);
            continue;
        }
        const real = await (0,promises_namespaceObject.realpath)(source);
        if (real !== root && !real.startsWith(root + external_node_path_namespaceObject.sep)) {
            search.logger.warning(`app-logs: skipped ${match}: it resolves outside the workspace`);
            continue;
        }
        files.push({ source, relativePath: match, target: uniqueTarget(match, taken) });
    }
    return files;
}
/**
 * Where a found file goes in the folder: `app-logs/` plus its path, each part slugged. Names
 * that slug alike (`App.log`, `app.log`) get `-2`, `-3`… before the extension, so no file
 * overwrites another and each keeps an extension the analysis reads.
 */
function uniqueTarget(match, taken) {
    const target = ['app-logs', ...match.split('/').map((segment) => slugify(segment, 'file'))].join('/');
    const key = (path) => path.toLowerCase();
    let unique = target;
    const dot = target.lastIndexOf('.');
    const slash = target.lastIndexOf('/');
    const [stem, extension] = dot > slash ? [target.slice(0, dot), target.slice(dot)] : [target, ''];
    for (let n = 2; taken.has(key(unique)); n++)
        unique = `${stem}-${n}${extension}`;
    taken.add(key(unique));
    return unique;
}
/** Refuses (ConfigurationError) patterns that are absolute or climb out of the workspace with `..`. */
function checkAppLogPatterns(globs) {
    for (const pattern of globs) {
        if ((0,external_node_path_namespaceObject.isAbsolute)(pattern) || pattern.split(/[\\/]/).includes('..')) {
            throw new ConfigurationError(`app-logs pattern ${JSON.stringify(pattern)} must be relative to the workspace and must not use '..'`);
        }
    }
}
/** Opens a found file for reading, refusing to follow a link swapped in since it was found. */
async function openAppLog(file) {
    const handle = await (0,promises_namespaceObject.open)(file.source, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW);
    return handle.createReadStream();
}

;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var dist_bundle_DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, dist_bundle_DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



;// CONCATENATED MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}


;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}


;// CONCATENATED MODULE: ./packages/collect/node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_paginate_rest_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
var composePaginateRest = Object.assign(paginate, {
  iterator
});

// pkg/dist-src/generated/paginating-endpoints.js
var paginatingEndpoints = (/* unused pure expression or super */ null && ([
  "GET /advisories",
  "GET /agents/repos/{owner}/{repo}/tasks",
  "GET /agents/tasks",
  "GET /app/hook/deliveries",
  "GET /app/installation-requests",
  "GET /app/installations",
  "GET /assignments/{assignment_id}/accepted_assignments",
  "GET /classrooms",
  "GET /classrooms/{classroom_id}/assignments",
  "GET /enterprises/{enterprise}/code-security/configurations",
  "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories",
  "GET /enterprises/{enterprise}/dependabot/alerts",
  "GET /enterprises/{enterprise}/dependabot/repository-access",
  "GET /enterprises/{enterprise}/teams",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations",
  "GET /events",
  "GET /gists",
  "GET /gists/public",
  "GET /gists/starred",
  "GET /gists/{gist_id}/comments",
  "GET /gists/{gist_id}/commits",
  "GET /gists/{gist_id}/forks",
  "GET /installation/repositories",
  "GET /issues",
  "GET /licenses",
  "GET /marketplace_listing/plans",
  "GET /marketplace_listing/plans/{plan_id}/accounts",
  "GET /marketplace_listing/stubbed/plans",
  "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts",
  "GET /networks/{owner}/{repo}/events",
  "GET /notifications",
  "GET /organizations",
  "GET /organizations/{org}/settings/billing/budgets",
  "GET /orgs/{org}/actions/cache/usage-by-repository",
  "GET /orgs/{org}/actions/hosted-runners",
  "GET /orgs/{org}/actions/permissions/repositories",
  "GET /orgs/{org}/actions/permissions/self-hosted-runners/repositories",
  "GET /orgs/{org}/actions/runner-groups",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners",
  "GET /orgs/{org}/actions/runners",
  "GET /orgs/{org}/actions/secrets",
  "GET /orgs/{org}/actions/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/actions/variables",
  "GET /orgs/{org}/actions/variables/{name}/repositories",
  "GET /orgs/{org}/agents/secrets",
  "GET /orgs/{org}/agents/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/agents/variables",
  "GET /orgs/{org}/agents/variables/{name}/repositories",
  "GET /orgs/{org}/attestations/repositories",
  "GET /orgs/{org}/attestations/{subject_digest}",
  "GET /orgs/{org}/blocks",
  "GET /orgs/{org}/campaigns",
  "GET /orgs/{org}/code-scanning/alerts",
  "GET /orgs/{org}/code-security/configurations",
  "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories",
  "GET /orgs/{org}/codespaces",
  "GET /orgs/{org}/codespaces/secrets",
  "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/copilot-spaces",
  "GET /orgs/{org}/copilot/billing/seats",
  "GET /orgs/{org}/copilot/coding-agent/permissions/repositories",
  "GET /orgs/{org}/dependabot/alerts",
  "GET /orgs/{org}/dependabot/repository-access",
  "GET /orgs/{org}/dependabot/secrets",
  "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/events",
  "GET /orgs/{org}/failed_invitations",
  "GET /orgs/{org}/hooks",
  "GET /orgs/{org}/hooks/{hook_id}/deliveries",
  "GET /orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}",
  "GET /orgs/{org}/insights/api/subject-stats",
  "GET /orgs/{org}/insights/api/user-stats/{user_id}",
  "GET /orgs/{org}/installations",
  "GET /orgs/{org}/invitations",
  "GET /orgs/{org}/invitations/{invitation_id}/teams",
  "GET /orgs/{org}/issues",
  "GET /orgs/{org}/members",
  "GET /orgs/{org}/members/{username}/codespaces",
  "GET /orgs/{org}/migrations",
  "GET /orgs/{org}/migrations/{migration_id}/repositories",
  "GET /orgs/{org}/organization-roles/{role_id}/teams",
  "GET /orgs/{org}/organization-roles/{role_id}/users",
  "GET /orgs/{org}/outside_collaborators",
  "GET /orgs/{org}/packages",
  "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
  "GET /orgs/{org}/personal-access-token-requests",
  "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories",
  "GET /orgs/{org}/personal-access-tokens",
  "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories",
  "GET /orgs/{org}/private-registries",
  "GET /orgs/{org}/projectsV2",
  "GET /orgs/{org}/projectsV2/{project_number}/fields",
  "GET /orgs/{org}/projectsV2/{project_number}/items",
  "GET /orgs/{org}/projectsV2/{project_number}/views/{view_number}/items",
  "GET /orgs/{org}/properties/values",
  "GET /orgs/{org}/public_members",
  "GET /orgs/{org}/repos",
  "GET /orgs/{org}/rulesets",
  "GET /orgs/{org}/rulesets/rule-suites",
  "GET /orgs/{org}/rulesets/{ruleset_id}/history",
  "GET /orgs/{org}/secret-scanning/alerts",
  "GET /orgs/{org}/secret-scanning/custom-patterns",
  "GET /orgs/{org}/security-advisories",
  "GET /orgs/{org}/settings/immutable-releases/repositories",
  "GET /orgs/{org}/settings/network-configurations",
  "GET /orgs/{org}/teams",
  "GET /orgs/{org}/teams/{team_slug}/invitations",
  "GET /orgs/{org}/teams/{team_slug}/members",
  "GET /orgs/{org}/teams/{team_slug}/repos",
  "GET /orgs/{org}/teams/{team_slug}/teams",
  "GET /repos/{owner}/{repo}/actions/artifacts",
  "GET /repos/{owner}/{repo}/actions/caches",
  "GET /repos/{owner}/{repo}/actions/concurrency_groups",
  "GET /repos/{owner}/{repo}/actions/organization-secrets",
  "GET /repos/{owner}/{repo}/actions/organization-variables",
  "GET /repos/{owner}/{repo}/actions/runners",
  "GET /repos/{owner}/{repo}/actions/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/concurrency_groups",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
  "GET /repos/{owner}/{repo}/actions/secrets",
  "GET /repos/{owner}/{repo}/actions/variables",
  "GET /repos/{owner}/{repo}/actions/workflows",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/activity",
  "GET /repos/{owner}/{repo}/agents/organization-secrets",
  "GET /repos/{owner}/{repo}/agents/organization-variables",
  "GET /repos/{owner}/{repo}/agents/secrets",
  "GET /repos/{owner}/{repo}/agents/variables",
  "GET /repos/{owner}/{repo}/assignees",
  "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
  "GET /repos/{owner}/{repo}/branches",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs",
  "GET /repos/{owner}/{repo}/code-quality/findings",
  "GET /repos/{owner}/{repo}/code-scanning/alerts",
  "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
  "GET /repos/{owner}/{repo}/code-scanning/analyses",
  "GET /repos/{owner}/{repo}/codespaces",
  "GET /repos/{owner}/{repo}/codespaces/devcontainers",
  "GET /repos/{owner}/{repo}/codespaces/secrets",
  "GET /repos/{owner}/{repo}/collaborators",
  "GET /repos/{owner}/{repo}/comments",
  "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-suites",
  "GET /repos/{owner}/{repo}/commits/{ref}/status",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/compare/{base}...{head}",
  "GET /repos/{owner}/{repo}/contributors",
  "GET /repos/{owner}/{repo}/dependabot/alerts",
  "GET /repos/{owner}/{repo}/dependabot/secrets",
  "GET /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "GET /repos/{owner}/{repo}/environments",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/variables",
  "GET /repos/{owner}/{repo}/events",
  "GET /repos/{owner}/{repo}/forks",
  "GET /repos/{owner}/{repo}/hooks",
  "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries",
  "GET /repos/{owner}/{repo}/invitations",
  "GET /repos/{owner}/{repo}/issues",
  "GET /repos/{owner}/{repo}/issues/comments",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/issues/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/issue-field-values",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/suggestions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline",
  "GET /repos/{owner}/{repo}/keys",
  "GET /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/milestones",
  "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels",
  "GET /repos/{owner}/{repo}/notifications",
  "GET /repos/{owner}/{repo}/pages/builds",
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/comments",
  "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments",
  "GET /repos/{owner}/{repo}/releases",
  "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
  "GET /repos/{owner}/{repo}/releases/{release_id}/reactions",
  "GET /repos/{owner}/{repo}/rules/branches/{branch}",
  "GET /repos/{owner}/{repo}/rulesets",
  "GET /repos/{owner}/{repo}/rulesets/rule-suites",
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations",
  "GET /repos/{owner}/{repo}/secret-scanning/custom-patterns",
  "GET /repos/{owner}/{repo}/security-advisories",
  "GET /repos/{owner}/{repo}/stacks",
  "GET /repos/{owner}/{repo}/stargazers",
  "GET /repos/{owner}/{repo}/subscribers",
  "GET /repos/{owner}/{repo}/tags",
  "GET /repos/{owner}/{repo}/teams",
  "GET /repos/{owner}/{repo}/topics",
  "GET /repositories",
  "GET /search/code",
  "GET /search/commits",
  "GET /search/issues",
  "GET /search/labels",
  "GET /search/repositories",
  "GET /search/topics",
  "GET /search/users",
  "GET /teams/{team_id}/invitations",
  "GET /teams/{team_id}/members",
  "GET /teams/{team_id}/repos",
  "GET /teams/{team_id}/teams",
  "GET /user/blocks",
  "GET /user/codespaces",
  "GET /user/codespaces/secrets",
  "GET /user/emails",
  "GET /user/followers",
  "GET /user/following",
  "GET /user/gpg_keys",
  "GET /user/installations",
  "GET /user/installations/{installation_id}/repositories",
  "GET /user/issues",
  "GET /user/keys",
  "GET /user/marketplace_purchases",
  "GET /user/marketplace_purchases/stubbed",
  "GET /user/memberships/orgs",
  "GET /user/migrations",
  "GET /user/migrations/{migration_id}/repositories",
  "GET /user/orgs",
  "GET /user/packages",
  "GET /user/packages/{package_type}/{package_name}/versions",
  "GET /user/public_emails",
  "GET /user/repos",
  "GET /user/repository_invitations",
  "GET /user/social_accounts",
  "GET /user/ssh_signing_keys",
  "GET /user/starred",
  "GET /user/subscriptions",
  "GET /user/teams",
  "GET /users",
  "GET /users/{username}/attestations/{subject_digest}",
  "GET /users/{username}/copilot-spaces",
  "GET /users/{username}/events",
  "GET /users/{username}/events/orgs/{org}",
  "GET /users/{username}/events/public",
  "GET /users/{username}/followers",
  "GET /users/{username}/following",
  "GET /users/{username}/gists",
  "GET /users/{username}/gpg_keys",
  "GET /users/{username}/keys",
  "GET /users/{username}/orgs",
  "GET /users/{username}/packages",
  "GET /users/{username}/projectsV2",
  "GET /users/{username}/projectsV2/{project_number}/fields",
  "GET /users/{username}/projectsV2/{project_number}/items",
  "GET /users/{username}/projectsV2/{project_number}/views/{view_number}/items",
  "GET /users/{username}/received_events",
  "GET /users/{username}/received_events/public",
  "GET /users/{username}/repos",
  "GET /users/{username}/social_accounts",
  "GET /users/{username}/ssh_signing_keys",
  "GET /users/{username}/starred",
  "GET /users/{username}/subscriptions"
]));

// pkg/dist-src/paginating-endpoints.js
function isPaginatingEndpoint(arg) {
  if (typeof arg === "string") {
    return paginatingEndpoints.includes(arg);
  } else {
    return false;
  }
}

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = plugin_paginate_rest_dist_bundle_VERSION;

/* v8 ignore next -- @preserve */

// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __nccwpck_require__(251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_retry_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/error-request.js
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}

// pkg/dist-src/wrap-request.js


async function wrapRequest(state, octokit, request, options) {
  const limiter = new light();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}

// pkg/dist-src/index.js
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = plugin_retry_dist_bundle_VERSION;


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var plugin_throttling_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var dist_bundle_noop = () => Promise.resolve();
function dist_bundle_wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return dist_bundle_wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = plugin_throttling_dist_bundle_VERSION;
throttling.triggersNotification = triggersNotification;


;// CONCATENATED MODULE: ./packages/collect/src/github-client.ts




const ClientClass = Octokit.plugin(jitter, retry, throttling, paginateRest);
/** Builds the client. The token goes only to `baseUrl`; log downloads follow redirects themselves. */
function createGitHubClient(options) {
    const { logger } = options;
    const rateLimitRetries = options.rateLimitRetries ?? 3;
    const onLimit = (kind) => (retryAfter, request, _o, retryCount) => {
        const retrying = retryCount < rateLimitRetries;
        logger.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}; ${retrying ? `retrying after ${retryAfter}s` : 'giving up'}`);
        return retrying;
    };
    return new ClientClass({
        auth: options.token,
        baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: 'prodfix-collect',
        log: {
            debug: (message) => logger.debug(message),
            info: (message) => logger.debug(message),
            warn: (message) => logger.warning(message),
            error: (message) => logger.error(message),
        },
        request: { fetch: withTimeout(options.fetch ?? globalThis.fetch, options.timeoutMs ?? 30_000) },
        retry: { retries: options.retries ?? 4, retryAfterBaseValue: options.retryBaseMs ?? 1000 },
        jitterMs: options.jitterMs ?? 1000,
        throttle: {
            retryAfterBaseValue: options.rateLimitUnitMs ?? 1000,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    });
}
/** Statuses (and network failures, which Octokit reports as 500) worth another try. */
function isRetryableStatus(status) {
    return status === undefined || status === 408 || status === 500 || status === 502 || status === 503 || status === 504;
}
/**
 * Adds a random wait (0 to `jitterMs`) before a retryable failure reaches plugin-retry, so
 * its n² backoff is spread and clients that failed together do not retry together. Registered
 * before plugin-retry, so it runs inside each attempt.
 */
function jitter(octokit, options) {
    const jitterMs = typeof options['jitterMs'] === 'number' ? options['jitterMs'] : 0;
    octokit.hook.error('request', async (error) => {
        if (jitterMs > 0 && isRetryableStatus(error.status)) {
            await new Promise((resolve) => setTimeout(resolve, Math.random() * jitterMs));
        }
        throw error;
    });
}
/**
 * A fetch that gives up when no response has started within `timeoutMs` (the body is then
 * left to undici's own body timeout). The timeout is reported as a network failure (a
 * TypeError with a cause, as fetch does for resets), which Octokit turns into a retryable 500.
 */
function withTimeout(inner, timeoutMs) {
    return async (input, init) => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;
        try {
            return await inner(input, { ...init, signal });
        }
        catch (error) {
            if (controller.signal.aborted) {
                throw new TypeError('fetch failed', { cause: new Error(`no response within ${timeoutMs} ms`) });
            }
            throw error;
        }
        finally {
            clearTimeout(timer);
        }
    };
}

;// CONCATENATED MODULE: ./packages/collect/src/problems.ts

/** The permission collect-logs needs to read runs, jobs and logs. */
const ACTIONS_READ_HINT = 'the token needs the `actions: read` permission (add `permissions: { actions: read, contents: read }` to the workflow or job)';
/** Thrown when a download passes the size cap. */
class TooBigError extends Error {
    limit;
    name = 'TooBigError';
    constructor(limit) {
        super(`larger than the ${limit}-byte cap (max-log-bytes)`);
        this.limit = limit;
    }
}
/** The HTTP status carried by an Octokit error or our own download errors, if any. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** Classifies a failed download as a Problem. */
function problemFrom(error) {
    if (error instanceof TooBigError)
        return { reason: 'too-big', message: error.message };
    switch (statusOf(error)) {
        case 410:
            return { reason: 'expired', message: 'GitHub answered 410 Gone: the log has expired or was deleted' };
        case 404:
            return { reason: 'not-found', message: 'GitHub answered 404: the log is gone (expired or deleted) or not visible to this token' };
        case 403:
            return { reason: 'forbidden', message: `GitHub answered 403 Forbidden: ${ACTIONS_READ_HINT}` };
        default:
            return { reason: 'failed', message: describeError(error) };
    }
}

;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./packages/collect/src/redact/anchors.ts

/**
 * Finds where rules may match in raw bytes, in one pass: every rule's anchors go into one
 * Aho–Corasick automaton (case-insensitive for ASCII), and each anchor found gives a candidate
 * start for its rules. A rule with no candidate in a text cannot match there.
 */
class AnchorScanner {
    /** Where keywords end in some bytes (see `keywordEndFinder`). */
    findKeywordEnds;
    /** Keywords by their last byte (lower case), to tell which one ended where the automaton says one did. */
    byLastByte = new Map();
    ruleCount;
    constructor(rules) {
        this.ruleCount = rules.length;
        const words = new Map();
        rules.forEach((rule, index) => {
            for (const anchor of rule.anchors) {
                if (anchor.length === 0 || !/^[\x20-\x7e]+$/.test(anchor))
                    throw new Error(`anchor ${JSON.stringify(anchor)} is not printable ASCII`);
                const key = anchor.toLowerCase();
                let word = words.get(key);
                if (!word) {
                    word = { bytes: Buffer.from(key, 'latin1'), uses: [] };
                    words.set(key, word);
                    const last = word.bytes[word.bytes.length - 1];
                    this.byLastByte.set(last, [...(this.byLastByte.get(last) ?? []), word]);
                }
                word.uses.push({ rule: index, back: rule.anchorAt });
            }
        });
        this.findKeywordEnds = keywordEndFinder(new KeywordAutomaton([...words.keys()]));
    }
    /**
     * Candidate match starts in `bytes`, per rule (same order as given to the constructor),
     * ascending and without repeats; `undefined` for a rule with none. Null when no rule has any.
     */
    scan(bytes) {
        const ends = this.findKeywordEnds(bytes);
        if (!ends)
            return null;
        const found = new Array(this.ruleCount);
        for (const end of ends)
            this.addStarts(bytes, end, found);
        for (const starts of found)
            starts?.sort((a, b) => a - b);
        return found;
    }
    /** Adds the candidate starts of every keyword that ends at `end` (inclusive). */
    addStarts(bytes, end, found) {
        for (const word of this.byLastByte.get(lowerAscii(bytes[end])) ?? []) {
            const start = end - word.bytes.length + 1;
            if (start < 0 || !endsWith(bytes, start, word.bytes))
                continue;
            for (const use of word.uses) {
                const at = start - use.back;
                if (at < 0)
                    continue;
                const starts = (found[use.rule] ??= []);
                if (starts[starts.length - 1] !== at)
                    starts.push(at);
            }
        }
    }
}
/**
 * The automaton's hot loop as a closure over its tables: V8 then treats the tables as
 * constants, which runs about twice as fast as reading them from an object's fields. Tables are
 * 16-bit so they stay in the L1 cache; line ends carry no flag (anchors never span lines).
 * Returns the offsets where a keyword ends (inclusive), ascending, or null for none.
 */
function keywordEndFinder(automaton) {
    const tables = automaton.lineTables();
    if (tables.next.some((state) => state > 0xffff))
        throw new Error('too many anchor states for 16-bit tables');
    const next = Uint16Array.from(tables.next);
    const keywordEnds = tables.flags.map((flag) => flag & KEYWORD);
    const byteClass = Uint8Array.from(tables.byteClass);
    return (bytes) => {
        let ends = null;
        let state = 0;
        for (let i = 0; i < bytes.length; i++) {
            state = next[state + byteClass[bytes[i]]];
            if (keywordEnds[state] !== 0)
                (ends ??= []).push(i);
        }
        return ends;
    };
}
function lowerAscii(byte) {
    return byte >= 65 && byte <= 90 ? byte + 32 : byte;
}
/** True when bytes[start…] equals `word` (lower-case ASCII), ignoring ASCII case. */
function endsWith(bytes, start, word) {
    for (let k = 0; k < word.length; k++)
        if (lowerAscii(bytes[start + k]) !== word[k])
            return false;
    return true;
}

;// CONCATENATED MODULE: ./packages/collect/src/redact/rules.ts
/**
 * Characters an unquoted secret value may contain in `key=value` forms: anything but ASCII
 * space, quotes and the separators of query strings and lists. A quoted value runs to its
 * closing quote (escapes included), spaces and all.
 */
const VALUE = String.raw `[^\x00-\x20"'\x60&<>,]`;
const QUOTED_VALUE = String.raw `"(?!-----)(?<dq>(?:[^"\\\n]|\\.){3,})"|'(?!-----)(?<sq>[^'\n]{3,})'`;
/** Words a secret assignment's key ends with, maybe followed by `_KEY`/`Value`… (`DB_PASSWORD`, `secretKey`, `PRIVATE_KEY`). */
const SECRET_KEY = String.raw `(?:password|passwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret)`;
/** Every spelling SECRET_KEY matches, the anchors of the assignment rule. */
const SECRET_KEY_WORDS = ['password', 'passwd', 'secret', 'token', ...['api', 'access', 'private'].flatMap((word) => [`${word}key`, `${word}_key`, `${word}-key`]), 'clientsecret', 'client_secret', 'client-secret'];
/** `=` or `:` between a key and its value, also URL-encoded (`%3D`, `%3A`). */
const ASSIGN = String.raw `(?:[=:]|%3[DdAa])`;
/**
 * No letter or digit right before: a token's own start (also right after a URL-encoded
 * character such as `%3A`, whose last character is a letter).
 */
const START = String.raw `(?:(?<![A-Za-z0-9])|(?<=%[0-9A-Fa-f]{2}))`;
/** The line that closes a PEM private key block. */
const PRIVATE_KEY_END = /-----END[A-Z0-9 _-]{0,60}PRIVATE KEY(?: BLOCK)?-----/;
/** The rules applied to every file, in no particular order (overlapping matches are merged). */
const BUILT_IN_RULES = [
    {
        kind: 'private-key',
        // Multi-line PEM blocks (real newlines, or `\n` escapes inside JSON such as a GCP
        // service-account key). An unterminated block runs to the end of what is buffered.
        source: String.raw `-----BEGIN[A-Z0-9 _-]{0,60}PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END[A-Z0-9 _-]{0,60}PRIVATE KEY(?: BLOCK)?-----|[\s\S]*$)`,
        anchors: ['-----begin'],
    },
    // GitHub's prefixes are distinctive enough to match whatever touches them (`MYghp_…`, `…_old`).
    { kind: 'github-token', source: String.raw `(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,251}`, anchors: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'] },
    { kind: 'github-token', source: String.raw `github_pat_[A-Za-z0-9_]{22,255}`, anchors: ['github_pat_'] },
    { kind: 'npm-token', source: String.raw `npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])`, anchors: ['npm_'] },
    {
        kind: 'aws-access-key',
        source: String.raw `(?:(?<![A-Z0-9])|(?<=%[0-9A-Fa-f]{2}))(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Z2-7])`,
        anchors: ['a3t', 'akia', 'asia', 'abia', 'acca'],
    },
    {
        kind: 'aws-secret-key',
        source: String.raw `aws_?secret_?access_?key["']?\s*[=:]\s*["']?(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])`,
        flags: 'i',
        anchors: ['awssecret', 'aws_secret'],
    },
    { kind: 'gcp-api-key', source: String.raw `${START}AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])`, anchors: ['aiza'] },
    { kind: 'gcp-private-key-id', source: String.raw `"private_key_id"\s*:\s*"(?<secret>[a-f0-9]{40})"`, anchors: ['"private_key_id"'] },
    {
        kind: 'azure-key',
        source: String.raw `\b(?:AccountKey|SharedAccessKey|SharedAccessSignature)\s*=\s*(?<secret>[A-Za-z0-9+/=%]{20,})`,
        flags: 'i',
        anchors: ['accountkey', 'sharedaccess'],
    },
    { kind: 'azure-sas-signature', source: String.raw `[?&]sig=(?<secret>[A-Za-z0-9%+/=]{20,})`, anchors: ['?sig=', '&sig='] },
    {
        kind: 'azure-client-secret',
        source: String.raw `(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])`,
        anchors: ['q~'],
        anchorAt: 4,
    },
    { kind: 'slack-token', source: String.raw `${START}xox[abposr]-[0-9A-Za-z-]{10,250}`, anchors: ['xox'] },
    { kind: 'slack-token', source: String.raw `\bxapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+`, anchors: ['xapp-'] },
    {
        kind: 'slack-webhook',
        source: String.raw `hooks\.slack\.com/(?:services|workflows|triggers)/(?<secret>[A-Za-z0-9+/_-]{20,})`,
        anchors: ['hooks.slack.com/'],
    },
    {
        kind: 'stripe-key',
        source: String.raw `${START}(?:sk|rk)_(?:test|live|prod)_[0-9A-Za-z]{10,99}(?![0-9A-Za-z])`,
        anchors: ['sk_test_', 'sk_live_', 'sk_prod_', 'rk_test_', 'rk_live_', 'rk_prod_'],
    },
    { kind: 'jwt', source: String.raw `${START}eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*`, anchors: ['eyj'] },
    {
        kind: 'basic-auth-url',
        // Anchored on `://` (the scheme is a look-behind) so the search does not start at every word.
        source: String.raw `://(?<=\b[A-Za-z][A-Za-z0-9+.-]{1,20}://)[^\x00-\x20:/?#@"'<>\\]*:(?<secret>[^\x00-\x20@/?#"'<>\\]+)@`,
        anchors: ['://'],
    },
    {
        kind: 'authorization-header',
        source: String.raw `\bauthorization["']?\s*[:=]\s*["']?(?:bearer|token|basic)\s+(?<secret>[A-Za-z0-9._~+/=-]{8,})`,
        flags: 'i',
        anchors: ['authorization'],
    },
    {
        kind: 'command-line-secret',
        // `--password hunter2`, `-p=…` is too short to tell; long options only.
        source: String.raw `--(?:password|passwd|token|secret|api-key|client-secret)(?:=|[ \t]+)(?<secret>${VALUE}{3,})`,
        flags: 'i',
        anchors: ['--password', '--passwd', '--token', '--secret', '--api-key', '--client-secret'],
    },
    {
        kind: 'assignment',
        // The key ends with one of these words; a key inside a path (`/etc/passwd:`) is not one.
        // The word comes first and the path check looks back from its end, so the search starts
        // only where a word is (a leading look-behind ran at every character: 2-3x slower).
        source: String.raw `${SECRET_KEY}(?<![/\\][A-Za-z0-9_.-]*${SECRET_KEY})(?:[_-]?(?:key|value|string|str))?["']?[ \t]*${ASSIGN}[ \t]*(?:${QUOTED_VALUE}|["']?(?!-----)(?<secret>${VALUE}{3,}))`,
        flags: 'i',
        anchors: SECRET_KEY_WORDS,
    },
];
/**
 * Values that look like a secret's place but are not one: already masked by GitHub (`***`),
 * a variable reference, booleans and the like. Matching only these is not counted.
 */
const rules_PLACEHOLDER = /^(?:\*+|\[REDACTED:[a-z0-9-]+\]|\$\{\{.*|\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%|<[^>]*>|true|false|null|none|nil|undefined|yes|no|required|optional)$/i;
/** True when `value` is a placeholder rather than a secret (see PLACEHOLDER). */
function isPlaceholder(value) {
    return rules_PLACEHOLDER.test(value);
}

;// CONCATENATED MODULE: ./packages/collect/src/redact/redactor.ts



/** Secrets shorter than this would wreck ordinary text; they are refused with a ConfigurationError. */
const MIN_SECRET_LENGTH = 4;
/** The text written in place of a secret; newlines inside the secret are kept so line numbers hold. */
function redactionMarker(kind) {
    return `[REDACTED:${kind}]`;
}
/**
 * Finds secrets in text and replaces them. Text is latin1 (one character per byte): the
 * stream redactor feeds it raw bytes, `redactString` converts. Stateless once built; share it.
 *
 * The built-in rules and the exact secret values are found without decoding: one pass of an
 * anchor automaton over the bytes gives the few places where a rule may match, and each rule's
 * regular expression is tried (sticky) only there. Bytes with no anchor are never decoded
 * unless the user gave patterns, which are searched over the whole text as written.
 */
class Redactor {
    builtIn;
    scanner;
    secretRule;
    /** The secret values in every form searched for, as bytes. */
    secretForms;
    patterns;
    markers = new Map();
    constructor(options = {}) {
        this.builtIn = BUILT_IN_RULES.map(compileRule);
        this.scanner = new AnchorScanner(BUILT_IN_RULES.map((rule) => ({ anchors: rule.anchors, anchorAt: rule.anchorAt ?? 0 })));
        this.patterns = (options.patterns ?? []).map(compileUserPattern);
        const forms = secretForms(options.secrets ?? []);
        this.secretForms = forms.map((form) => Buffer.from(form, 'latin1'));
        this.secretRule = forms.length > 0 ? { kind: 'secret-value', regex: new RegExp(forms.map(redactor_escapeRegExp).join('|'), 'y') } : undefined;
    }
    /** Spans to hide in `bytes` (latin1 text), sorted, non-overlapping (overlaps are merged into the longest contributor's kind). */
    findSpans(bytes) {
        const candidates = this.scanner.scan(bytes);
        const secretStarts = this.secretStarts(bytes);
        if (!candidates && !secretStarts && this.patterns.length === 0)
            return [];
        const text = bytes.toString('latin1');
        const found = [];
        this.builtIn.forEach((rule, index) => {
            const starts = candidates?.[index];
            if (starts)
                matchAt(text, rule, starts, found);
        });
        if (this.secretRule && secretStarts)
            matchAt(text, this.secretRule, secretStarts, found);
        for (const rule of this.patterns) {
            rule.regex.lastIndex = 0;
            for (const match of text.matchAll(rule.regex))
                addSpan(text, match, rule.kind, found);
        }
        return mergeSpans(found);
    }
    /** `bytes[from, to)` with `spans` (from findSpans over `bytes`) replaced, counting into `counts`. */
    apply(bytes, spans, from, to, counts) {
        const parts = [];
        let at = from;
        for (const span of spans) {
            if (span.end <= from || span.start >= to)
                continue;
            const start = Math.max(span.start, from);
            const end = Math.min(span.end, to);
            parts.push(bytes.subarray(at, start), this.marker(span.kind), newlinesIn(bytes, start, end));
            counts[span.kind] = (counts[span.kind] ?? 0) + 1;
            at = end;
        }
        if (parts.length === 0)
            return bytes.subarray(from, to);
        parts.push(bytes.subarray(at, to));
        return Buffer.concat(parts);
    }
    /** Redacts a whole latin1 string at once. */
    redactLatin1(text, counts = {}) {
        const bytes = Buffer.from(text, 'latin1');
        const spans = this.findSpans(bytes);
        return spans.length === 0 ? text : this.apply(bytes, spans, 0, bytes.length, counts).toString('latin1');
    }
    /** Redacts an ordinary (UTF-16) string, e.g. a value from a JSON object. */
    redactString(text, counts = {}) {
        const bytes = Buffer.from(text, 'utf8');
        const spans = this.findSpans(bytes);
        return spans.length === 0 ? text : this.apply(bytes, spans, 0, bytes.length, counts).toString('utf8');
    }
    /** Every place a secret value (in any form) starts, ascending; undefined when none. */
    secretStarts(bytes) {
        let starts;
        for (const form of this.secretForms) {
            for (let at = bytes.indexOf(form); at !== -1; at = bytes.indexOf(form, at + 1))
                (starts ??= []).push(at);
        }
        return starts?.sort((a, b) => a - b);
    }
    marker(kind) {
        let marker = this.markers.get(kind);
        if (!marker)
            this.markers.set(kind, (marker = Buffer.from(redactionMarker(kind), 'latin1')));
        return marker;
    }
}
/**
 * Tries a sticky rule at each candidate start (ascending), as a global search would go: a
 * match is only looked for at or after the end of the previous one.
 */
function matchAt(text, rule, starts, found) {
    let next = 0;
    for (const start of starts) {
        if (start < next)
            continue;
        rule.regex.lastIndex = start;
        const match = rule.regex.exec(text);
        if (!match)
            continue;
        next = start + Math.max(1, match[0].length);
        addSpan(text, match, rule.kind, found);
    }
}
/** Adds the span a match hides, unless it is empty or only a placeholder. */
function addSpan(text, match, kind, found) {
    const span = secretSpan(match);
    if (span.end <= span.start)
        return;
    if (isPlaceholder(text.slice(span.start, span.end)))
        return;
    found.push({ ...span, kind });
}
/** Adds `more` into `into`. */
function addCounts(into, more) {
    for (const [kind, n] of Object.entries(more))
        into[kind] = (into[kind] ?? 0) + n;
    return into;
}
/** Total number of redactions in `counts`. */
function totalRedactions(counts) {
    return Object.values(counts).reduce((sum, n) => sum + n, 0);
}
function compileRule(rule) {
    return { kind: rule.kind, regex: new RegExp(rule.source, `yd${rule.flags ?? ''}`) };
}
function compileUserPattern(pattern) {
    try {
        const regex = new RegExp(pattern, 'gd');
        if (regex.test(''))
            throw new ConfigurationError(`redact pattern ${JSON.stringify(pattern)} matches empty text`);
        return { kind: 'custom', regex };
    }
    catch (error) {
        if (error instanceof ConfigurationError)
            throw error;
        throw new ConfigurationError(`redact pattern ${JSON.stringify(pattern)} is not a valid regular expression`);
    }
}
/** Every given value and its common encodings as latin1 text (UTF-8 bytes), longest first. */
function secretForms(secrets) {
    const forms = new Set();
    for (const secret of secrets) {
        if (secret.length === 0)
            continue;
        if (secret.length < MIN_SECRET_LENGTH) {
            throw new ConfigurationError(`a secret to redact must be at least ${MIN_SECRET_LENGTH} characters long`);
        }
        const encoded = encodeURIComponent(secret);
        const variants = [
            secret,
            encoded,
            encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
            JSON.stringify(secret).slice(1, -1),
            Buffer.from(secret).toString('base64').replace(/=+$/, ''),
        ];
        for (const form of variants) {
            if (form.length >= MIN_SECRET_LENGTH)
                forms.add(Buffer.from(form, 'utf8').toString('latin1'));
        }
    }
    return [...forms].sort((a, b) => b.length - a.length);
}
function redactor_escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
function secretSpan(match) {
    // The value: `secret`, or the inside of a quoted value (`dq`, `sq`).
    const groups = match.indices?.groups;
    const group = groups?.['secret'] ?? groups?.['dq'] ?? groups?.['sq'];
    if (group)
        return { start: group[0], end: group[1] };
    const start = match.index ?? 0;
    return { start, end: start + match[0].length };
}
function mergeSpans(spans) {
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged = [];
    for (const span of spans) {
        const last = merged[merged.length - 1];
        if (last && span.start < last.end) {
            if (span.end - span.start > last.end - last.start)
                last.kind = span.kind;
            last.end = Math.max(last.end, span.end);
        }
        else {
            merged.push({ ...span });
        }
    }
    return merged;
}
const NEWLINE = Buffer.from('\n');
const NO_BYTES = Buffer.alloc(0);
/** The newlines in bytes[start, end), kept in place of a secret so line numbers hold. */
function newlinesIn(bytes, start, end) {
    let count = 0;
    for (let i = bytes.indexOf(10, start); i !== -1 && i < end; i = bytes.indexOf(10, i + 1))
        count++;
    return count === 0 ? NO_BYTES : count === 1 ? NEWLINE : Buffer.alloc(count, 10);
}

;// CONCATENATED MODULE: ./packages/collect/src/redact/stream.ts


/** Bytes of already-written text kept so look-behinds and `\b` see the real left context. */
const CONTEXT_CHARS = 256;
/** Longest END line of a PEM block, kept back while inside one so a split END line is still seen. */
const END_LINE_CHARS = 100;
/**
 * A Transform that redacts a byte stream without holding it whole: bytes (read as latin1 text
 * where a rule needs text) are searched in batches, and the last `windowChars` of each batch
 * (or from the start of a match that reaches past that point) wait for the next batch. Bytes
 * where no rule can match go out as they came, never decoded. `counts` is final once the
 * stream has ended.
 */
class RedactStream extends external_node_stream_namespaceObject.Transform {
    redactor;
    counts = {};
    /** Bytes received and not yet searched, in order. */
    pending = [];
    pendingBytes = 0;
    /** The last bytes written out, searched again as left context only. */
    context = Buffer.alloc(0);
    /** True while inside a PEM block whose start was already written out redacted. */
    insideKey = false;
    windowChars;
    batchChars;
    maxHoldChars;
    constructor(redactor, options = {}) {
        super();
        this.redactor = redactor;
        this.windowChars = options.windowChars ?? 8 * 1024;
        this.batchChars = options.batchChars ?? 64 * 1024;
        this.maxHoldChars = Math.max(options.maxHoldChars ?? 1024 * 1024, this.windowChars + this.batchChars);
    }
    _transform(chunk, _encoding, callback) {
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        if (this.pendingBytes >= this.windowChars + this.batchChars)
            this.process(false);
        callback();
    }
    _flush(callback) {
        this.process(true);
        callback();
    }
    process(final) {
        if (this.insideKey && !this.skipKeyBody(final))
            return;
        const bytes = Buffer.concat([this.context, ...this.pending]);
        const base = this.context.length;
        const spans = this.redactor.findSpans(bytes).filter((span) => span.end > base);
        let cut = final ? bytes.length : bytes.length - this.windowChars;
        const open = spans.find((span) => span.start < cut && span.end > cut);
        if (open)
            cut = open.start;
        if (cut <= base) {
            this.setPending(bytes.subarray(base));
            if (this.pendingBytes < this.maxHoldChars)
                return;
            cut = bytes.length;
            this.insideKey = spans.some((span) => isOpenKeyBlock(bytes, span));
        }
        this.push(this.redactor.apply(bytes, spans, base, cut, this.counts));
        this.context = bytes.subarray(Math.max(0, cut - CONTEXT_CHARS), cut);
        this.setPending(bytes.subarray(cut));
    }
    /**
     * Drops the body of a PEM block already opened (keeping its newlines) up to and including
     * its END line. Returns true when the block closed and normal processing can go on.
     */
    skipKeyBody(final) {
        const pending = Buffer.concat(this.pending);
        const end = PRIVATE_KEY_END.exec(pending.toString('latin1'));
        let stop;
        if (end)
            stop = end.index + end[0].length;
        else if (final)
            stop = pending.length;
        else
            stop = Math.max(0, pending.length - END_LINE_CHARS);
        this.push(newlinesOf(pending.subarray(0, stop)));
        this.context = Buffer.alloc(0);
        this.setPending(pending.subarray(stop));
        this.insideKey = !end && !final;
        return !this.insideKey;
    }
    setPending(bytes) {
        this.pending = bytes.length > 0 ? [bytes] : [];
        this.pendingBytes = bytes.length;
    }
}
function isOpenKeyBlock(bytes, span) {
    return span.kind === 'private-key' && span.end === bytes.length && !PRIVATE_KEY_END.test(bytes.toString('latin1', span.start, span.end));
}
/** As many newlines as `bytes` has. */
function newlinesOf(bytes) {
    let count = 0;
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1))
        count++;
    return Buffer.alloc(count, 10);
}

;// CONCATENATED MODULE: ./packages/collect/src/write-redacted.ts









/**
 * Streams `source` through the redactor into `path` (folders created), never holding it whole.
 * More than `maxBytes` input bytes aborts with TooBigError. On any failure the partial file is
 * removed and the error rethrown.
 */
async function writeRedacted(source, path, redactor, maxBytes = Number.POSITIVE_INFINITY) {
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
    const redact = new RedactStream(redactor);
    const digest = new DigestStream();
    try {
        await (0,external_node_stream_promises_namespaceObject.pipeline)(source, new ByteCap(maxBytes), redact, digest, (0,external_node_fs_namespaceObject.createWriteStream)(path));
    }
    catch (error) {
        await (0,promises_namespaceObject.rm)(path, { force: true });
        throw error;
    }
    return { size: digest.size, sha256: digest.hash.digest('hex'), redactions: redact.counts };
}
/** Writes a JSON value (already redacted) with two-space indentation, and describes it. */
async function writeJson(path, value, redactions) {
    const bytes = Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
    await (0,promises_namespaceObject.writeFile)(path, bytes);
    return { size: bytes.length, sha256: (0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex'), redactions };
}
/** Passes bytes through, failing once more than `limit` have gone by. */
class ByteCap extends external_node_stream_namespaceObject.Transform {
    limit;
    seen = 0;
    constructor(limit) {
        super();
        this.limit = limit;
    }
    _transform(chunk, _encoding, callback) {
        this.seen += chunk.length;
        if (this.seen > this.limit)
            callback(new TooBigError(this.limit));
        else
            callback(null, chunk);
    }
}
/** Passes bytes through, counting them and hashing them. */
class DigestStream extends external_node_stream_namespaceObject.Transform {
    hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    size = 0;
    _transform(chunk, _encoding, callback) {
        this.hash.update(chunk);
        this.size += chunk.length;
        callback(null, chunk);
    }
}

;// CONCATENATED MODULE: ./packages/collect/src/download.ts




/** An HTTP failure from the log host. */
class DownloadError extends Error {
    status;
    constructor(status, url) {
        super(`log host ${url.host} answered ${status}`);
        this.status = status;
    }
}
/**
 * Downloads one job's log to `path`, redacted, without holding it in memory. The API answers
 * with a 302 to a short-lived URL on another host; we read the Location ourselves and fetch it
 * with no Authorization header. 5xx and broken connections on that host are retried with
 * backoff and jitter; 404/410/403 and the size cap are not (the caller records them).
 */
async function downloadJobLog(client, job, settings) {
    const response = await client.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
        owner: job.owner,
        repo: job.repo,
        job_id: job.jobId,
        request: { redirect: 'manual' },
    });
    const write = (body) => writeRedacted(body, job.path, settings.redactor, settings.maxBytes);
    const location = response.headers['location'];
    if (response.status >= 300 && response.status < 400 && location) {
        return downloadFromHost(new URL(location, response.url), settings, write);
    }
    // Not the documented redirect: Octokit has already read the body, so write what it gave.
    const text = typeof response.data === 'string' ? response.data : JSON.stringify(response.data);
    return write(external_node_stream_namespaceObject.Readable.from([Buffer.from(text)]));
}
/**
 * Fetches `url` (a log host's signed URL: no token is sent) and hands its body to `write`.
 * 5xx and broken connections are retried with backoff and jitter, `write` starting over each
 * time; an HTTP error, a Content-Length over `settings.maxBytes` and TooBigError are not.
 */
async function downloadFromHost(url, settings, write) {
    const attempts = settings.attempts ?? 4;
    const base = settings.retryBaseMs ?? 1000;
    for (let attempt = 1;; attempt++) {
        try {
            return await fetchInto(url, settings, write);
        }
        catch (error) {
            const status = statusOf(error);
            const retryable = !(error instanceof TooBigError) && (status === undefined || isRetryableStatus(status));
            if (!retryable || attempt >= attempts)
                throw error;
            const wait = attempt * attempt * base + Math.random() * base;
            settings.logger.debug(`log download from ${url.host} failed (${String(error)}); retry ${attempt} in ${Math.round(wait)} ms`);
            await new Promise((resolve) => setTimeout(resolve, wait));
        }
    }
}
async function fetchInto(url, settings, write) {
    const response = await settings.fetch(url, { redirect: 'follow' });
    if (!response.ok || !response.body) {
        await response.body?.cancel();
        throw new DownloadError(response.status, url);
    }
    const length = Number(response.headers.get('content-length') ?? Number.NaN);
    if (length > settings.maxBytes) {
        await response.body.cancel();
        throw new TooBigError(settings.maxBytes);
    }
    return write(external_node_stream_namespaceObject.Readable.fromWeb(response.body));
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./packages/collect/src/git-history.ts



/**
 * Writes the last `commits` commits of the repository at `workspace` (message, author, date,
 * changed files) to `path`, redacted. Runs `git` directly (no shell) and streams its output.
 */
async function writeGitHistory(workspace, commits, path, redactor) {
    const git = (0,external_node_child_process_namespaceObject.spawn)('git', ['-C', workspace, 'log', `--max-count=${commits}`, '--date=iso-strict', '--stat', '--format=commit %H%nAuthor: %an%nDate:   %ad%n%n%w(0,4,4)%B'], { stdio: ['ignore', 'pipe', 'pipe'] });
    // Consume stdout at once: Node discards unread child output when the child exits first.
    const stdout = git.stdout.pipe(new external_node_stream_namespaceObject.PassThrough());
    let stderr = '';
    git.stderr.on('data', (chunk) => {
        if (stderr.length < 2000)
            stderr += chunk.toString();
    });
    const exited = new Promise((resolve) => {
        git.on('error', (error) => {
            stderr += error.message;
            stdout.end();
            resolve(-1);
        });
        git.on('close', (code) => resolve(code ?? 1));
    });
    const written = await writeRedacted(stdout, path, redactor);
    const code = await exited;
    if (code !== 0)
        throw new Error(`git log exited with ${code}: ${stderr.trim().split('\n')[0] ?? ''}`);
    return written;
}

;// CONCATENATED MODULE: ./packages/collect/src/manifest.ts
/** Version of the manifest layout; bumped on any incompatible change (schema: `schema/manifest.schema.json`). */
const MANIFEST_VERSION = 1;

;// CONCATENATED MODULE: ./packages/collect/src/redact/json.ts
/**
 * A copy of a JSON value (an API object) with every string redacted and nothing else changed,
 * so the result is still valid JSON of the same shape.
 */
function redactJson(value, redactor, counts) {
    if (typeof value === 'string')
        return redactor.redactString(value, counts);
    if (Array.isArray(value))
        return value.map((item) => redactJson(item, redactor, counts));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactJson(item, redactor, counts)]));
    }
    return value;
}

;// CONCATENATED MODULE: ./packages/collect/src/runs.ts


/** Values GitHub accepts for a run list's `status` filter (conclusions and statuses). */
const RUN_STATUSES = [
    'failure', 'success', 'cancelled', 'timed_out', 'action_required', 'neutral', 'skipped', 'stale',
    'completed', 'in_progress', 'queued', 'requested', 'waiting', 'pending',
];
/** Reads a conclusion filter: one of RUN_STATUSES or `any`. */
function parseConclusion(value) {
    const known = RUN_STATUSES;
    if (value === 'any' || known.includes(value))
        return value;
    throw new ConfigurationError(`conclusion must be one of any, ${RUN_STATUSES.join(', ')}; got ${JSON.stringify(value)}`);
}
/** Job conclusions counted as failed when only failed jobs are collected. */
const runs_FAILED_CONCLUSIONS = new Set(['failure', 'timed_out', 'startup_failure']);
/** Parses `owner/name`. */
function parseRepository(repository) {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository.trim());
    if (!match)
        throw new ConfigurationError(`repository must be OWNER/NAME, got ${JSON.stringify(repository)}`);
    return { owner: match[1], repo: match[2] };
}
/** One run by id. */
async function getRun(client, ref, runId) {
    return guard(`reading run ${runId}`, async () => {
        const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { ...ref, run_id: runId });
        return data;
    });
}
/** The newest runs matching `filter`, newest first, at most `filter.limit`; stops paging once it has enough. */
async function listRuns(client, ref, filter) {
    return guard('listing workflow runs', async () => {
        const params = {
            ...ref,
            per_page: Math.min(100, filter.limit),
            ...(filter.branch ? { branch: filter.branch } : {}),
            ...(filter.event ? { event: filter.event } : {}),
            ...(filter.conclusion !== 'any' ? { status: filter.conclusion } : {}),
            ...(filter.since ? { created: `>=${filter.since}` } : {}),
        };
        const pages = filter.workflow
            ? client.paginate.iterator('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { ...params, workflow_id: filter.workflow })
            : client.paginate.iterator('GET /repos/{owner}/{repo}/actions/runs', params);
        const runs = [];
        for await (const page of pages) {
            runs.push(...page.data);
            if (runs.length >= filter.limit)
                break;
        }
        return runs.slice(0, filter.limit);
    });
}
/** The run object of an earlier attempt. */
async function getRunAttempt(client, ref, runId, attempt) {
    return guard(`reading attempt ${attempt} of run ${runId}`, async () => {
        const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}', {
            ...ref,
            run_id: runId,
            attempt_number: attempt,
        });
        return data;
    });
}
/** Every job of one attempt of a run (all pages). */
async function listJobs(client, ref, runId, attempt) {
    return guard(`listing jobs of run ${runId} attempt ${attempt}`, async () => {
        const jobs = await client.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', {
            ...ref,
            run_id: runId,
            attempt_number: attempt,
            per_page: 100,
        });
        return jobs;
    });
}
/** The last successful run of `run`'s workflow on its branch created before it, if any. */
async function findBaselineRun(client, ref, run) {
    return guard(`looking for a baseline of run ${run.id}`, async () => {
        const { data } = await client.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
            ...ref,
            workflow_id: run.workflow_id,
            status: 'success',
            per_page: 10,
            created: `<${run.created_at}`,
            ...(run.head_branch ? { branch: run.head_branch } : {}),
        });
        const candidates = data.workflow_runs;
        return candidates.find((candidate) => candidate.id !== run.id && candidate.conclusion === 'success' && candidate.created_at < run.created_at);
    });
}
/** Runs `work`; a 403 becomes a ConfigurationError naming the permission, a 404 one naming the repository or run. */
async function guard(what, work) {
    try {
        return await work();
    }
    catch (error) {
        const status = statusOf(error);
        if (status === 403)
            throw new ConfigurationError(`GitHub refused ${what} (403 Forbidden): ${ACTIONS_READ_HINT}`);
        if (status === 404) {
            throw new ConfigurationError(`GitHub found nothing ${what} (404): check the repository, the run id or workflow, and that the token can see them`);
        }
        if (status === 401)
            throw new ConfigurationError(`GitHub rejected the token ${what} (401 Bad credentials)`);
        throw error;
    }
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: ./packages/collect/src/run-log-zip.ts









/** Where job logs come from: per job, the attempt's log zip, or whichever is cheaper. */
const LOG_SOURCES = ['auto', 'jobs', 'zip'];
/**
 * Whether to read an attempt's job logs from its run-log zip. The zip holds every job of the
 * attempt (each log twice: whole and split by step), deflated: text logs shrink 5 to 10 times,
 * so the zip moves no more bytes than the wanted logs do once at least a quarter of the jobs
 * are wanted, and it always replaces 2 requests per job by 2 in all.
 */
function prefersRunZip(source, wanted, total) {
    if (source !== 'auto')
        return source === 'zip' && wanted > 0;
    return wanted >= 2 && wanted * 4 >= total;
}
/**
 * Which zip entry holds which job's whole log. GitHub names them `<n>_<job name>.txt`, with
 * `/` and `:` (and other characters not allowed in paths) dropped, long names cut and `(1)`
 * added to repeated names; `<n>` is not the job's position. So a job is matched only when its
 * name, with those characters dropped, names exactly one top-level entry and no other job of
 * the attempt has the same name. Everything else is fetched one job at a time.
 */
function matchZipEntries(entryNames, jobs) {
    const entriesByKey = new Map();
    for (const name of entryNames) {
        const job = TOP_LEVEL_LOG.exec(name)?.[1];
        if (job === undefined)
            continue;
        const key = zipNameKey(job);
        entriesByKey.set(key, [...(entriesByKey.get(key) ?? []), name]);
    }
    const jobsByKey = new Map();
    for (const job of jobs)
        jobsByKey.set(zipNameKey(job.name), (jobsByKey.get(zipNameKey(job.name)) ?? 0) + 1);
    const matches = new Map();
    for (const job of jobs) {
        const key = zipNameKey(job.name);
        const entries = entriesByKey.get(key);
        if (entries?.length === 1 && jobsByKey.get(key) === 1)
            matches.set(job.id, entries[0]);
    }
    return matches;
}
const TOP_LEVEL_LOG = /^\d+_([^/]+)\.txt$/;
/** A job name as the zip writes it: characters not allowed in file names dropped. */
function zipNameKey(name) {
    return name.replace(/[/\\:*?"<>|\p{Cc}]/gu, '').trim();
}
/**
 * Downloads an attempt's run-log zip to a temporary file (302 to the log host, no token sent
 * there), calls `use` with the zip's path, and deletes it. The zip is capped at
 * `settings.maxBytes` like a single log.
 */
async function withRunLogZip(client, run, settings, use) {
    const response = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs', {
        owner: run.owner,
        repo: run.repo,
        run_id: run.runId,
        attempt_number: run.attempt,
        request: { redirect: 'manual' },
    });
    const location = response.headers['location'];
    if (!(response.status >= 300 && response.status < 400 && location)) {
        throw new Error(`the run-log zip endpoint answered ${response.status} without a redirect`);
    }
    const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'prodfix-run-logs-'));
    try {
        const zipPath = (0,external_node_path_namespaceObject.join)(dir, 'logs.zip');
        await downloadFromHost(new URL(location, response.url), settings, (body) => (0,external_node_stream_promises_namespaceObject.pipeline)(body, capped(settings.maxBytes), (0,external_node_fs_namespaceObject.createWriteStream)(zipPath)));
        return await use(zipPath);
    }
    finally {
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
    }
}
/** Passes chunks through, failing with TooBigError past `limit` bytes. */
function capped(limit) {
    return async function* (source) {
        let seen = 0;
        for await (const chunk of source) {
            seen += chunk.length;
            if (seen > limit)
                throw new TooBigError(limit);
            yield chunk;
        }
    };
}
/**
 * Reads the zip's job logs: lists the entries, asks `pick` which names it wants, and hands each
 * picked entry to `read` (which opens the inflated stream when it is ready for it), `parallel`
 * at a time, in archive order. `read` deals with its own failures. Entry names are only compared,
 * never used as paths; yauzl checks each entry's bytes against its declared size.
 */
async function readZipEntries(zipPath, pick, read, parallel = 1) {
    const zip = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false, strictFileNames: false });
    try {
        const entries = [];
        for await (const entry of zip.eachEntry())
            if (!entry.fileName.endsWith('/'))
                entries.push(entry);
        const picked = pick(entries.map((entry) => entry.fileName));
        const limit = pLimit(Math.max(1, parallel));
        const reads = entries.filter((entry) => picked.has(entry.fileName)).map((entry) => limit(() => read(entry.fileName, () => zip.openReadStreamPromise(entry))));
        await Promise.all(reads);
    }
    finally {
        zip.close();
    }
}

;// CONCATENATED MODULE: ./packages/collect/src/summary.ts
/** The short human summary written next to the manifest (`analysis_summary.txt`). */
function summaryText(manifest) {
    const { totals } = manifest;
    const lines = [
        `prodfix collect-logs: ${manifest.repository} at ${manifest.createdAt}`,
        `${totals.runs} run attempt(s), ${totals.jobs} job log(s), ${totals.files} file(s), ${totals.bytes} bytes, ${totals.missing} missing, ${totals.redactions} redaction(s)`,
        '',
        'Runs:',
    ];
    for (const run of manifest.runs) {
        const role = run.baseline ? ` (baseline for ${run.baselineFor})` : '';
        lines.push(`  ${run.id} attempt ${run.attempt}${role}: ${run.workflowName ?? run.workflowId} on ${run.headBranch ?? '?'} @ ${run.headSha.slice(0, 12)}, ${run.conclusion ?? 'no conclusion'} — ${run.htmlUrl}`);
        for (const file of manifest.files) {
            if (file.role !== 'job-log' || file.runId !== run.id || file.attempt !== run.attempt || file.baseline !== run.baseline)
                continue;
            const state = file.status === 'ok' ? `${file.size} bytes` : `MISSING (${file.problem?.reason}: ${file.problem?.message})`;
            lines.push(`    ${file.jobName} [${file.conclusion ?? '-'}]: ${state}`);
        }
    }
    const others = manifest.files.filter((file) => file.role === 'app-log' || file.role === 'git-log' || file.role === 'system-snapshot');
    if (others.length > 0) {
        lines.push('', 'Other files:');
        for (const file of others) {
            lines.push(`  ${file.path}: ${file.status === 'ok' ? `${file.size} bytes` : `MISSING (${file.problem?.message})`}`);
        }
    }
    const kinds = Object.entries(manifest.redactions);
    lines.push('', kinds.length === 0 ? 'Redactions: none' : `Redactions: ${kinds.map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/collect/src/system-snapshot.ts




const run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
/**
 * A short text snapshot of the machine: OS, load, memory, the disk holding `workspace`, and
 * the processes whose command name or arguments contain one of `processes`.
 */
async function systemSnapshot(workspace, processes) {
    const gib = (bytes) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
    const lines = [
        `taken: ${new Date().toISOString()}`,
        `os: ${external_node_os_default().type()} ${external_node_os_default().release()} ${external_node_os_default().arch()}`,
        `cpus: ${external_node_os_default().cpus().length}; load average (1/5/15 min): ${external_node_os_default().loadavg().map((n) => n.toFixed(2)).join(' ')}`,
        `memory: ${gib(external_node_os_default().totalmem() - external_node_os_default().freemem())} used of ${gib(external_node_os_default().totalmem())} (${gib(external_node_os_default().freemem())} free)`,
        `uptime: ${Math.round(external_node_os_default().uptime())} s`,
    ];
    try {
        const disk = await (0,promises_namespaceObject.statfs)(workspace);
        const total = disk.blocks * disk.bsize;
        const free = disk.bavail * disk.bsize;
        lines.push(`disk (${workspace}): ${gib(total - free)} used of ${gib(total)} (${((free / total) * 100).toFixed(1)}% free)`);
    }
    catch (error) {
        lines.push(`disk: unavailable (${String(error)})`);
    }
    if (processes.length > 0) {
        lines.push('', `processes matching ${processes.join(', ')}:`);
        try {
            const { stdout } = await run('ps', ['-eo', 'pid,ppid,pcpu,pmem,etime,args'], { maxBuffer: 8 * 1024 * 1024 });
            const [header, ...rows] = stdout.split('\n');
            lines.push(header ?? '', ...rows.filter((row) => processes.some((name) => row.includes(name))));
        }
        catch (error) {
            lines.push(`ps unavailable (${String(error)})`);
        }
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/collect/src/collect.ts



















/** Version written into manifests. */
const COLLECTOR_VERSION = '0.1.0';
/**
 * Collects a failure's evidence into `outDir`: run and job objects, job logs (streamed and
 * redacted), optionally a baseline run, app logs, git history and a system snapshot, then
 * `manifest.json` and `analysis_summary.txt`. A log that cannot be had (expired, forbidden, too big,
 * failing) is listed as missing and the rest goes on; a run whose attempts or jobs cannot be
 * listed is a warning. Errors that make the whole collection pointless (bad token, no
 * permission to read the first run or list runs) are thrown.
 */
async function collect(options) {
    const session = await startSession(options);
    const primary = options.runId !== undefined
        ? [await getRun(session.client, session.ref, options.runId)]
        : await listRuns(session.client, session.ref, {
            workflow: options.workflow,
            branch: options.branch,
            event: options.event,
            conclusion: parseConclusion(options.conclusion ?? 'failure'),
            since: options.since,
            limit: options.limit ?? 5,
        });
    if (primary.length === 0)
        options.logger.warning('No workflow run matched the filters; nothing to collect from GitHub.');
    for (const run of primary) {
        try {
            await collectRun(session, run);
        }
        catch (error) {
            options.logger.warning(`Run ${run.id} is incomplete: ${describeError(error)}`);
        }
    }
    await Promise.all(session.downloads);
    await collectWorkspaceFiles(session);
    return finish(session);
}
/** One listed run: its attempts (latest or all), their selected jobs, and its baseline. */
async function collectRun(session, run) {
    const { options } = session;
    const latest = run.run_attempt ?? 1;
    const attempts = options.attempts === 'all' ? range(1, latest) : [latest];
    const jobNames = new Set();
    for (const attempt of attempts) {
        try {
            const attemptRun = attempt === latest ? run : await getRunAttempt(session.client, session.ref, run.id, attempt);
            const jobs = await collectAttempt(session, attemptRun, attempt, { baseline: false }, (job) => options.jobs === 'all' || runs_FAILED_CONCLUSIONS.has(job.conclusion ?? ''));
            if (attempt === latest)
                jobs.forEach((job) => jobNames.add(job.name));
        }
        catch (error) {
            options.logger.warning(`Attempt ${attempt} of run ${run.id} is incomplete: ${describeError(error)}`);
        }
    }
    if (options.baseline)
        await collectBaseline(session, run, jobNames);
}
async function startSession(options) {
    if (!options.token)
        throw new ConfigurationError('a GitHub token is required');
    checkAppLogPatterns(options.appLogs ?? []);
    const dir = (0,external_node_path_namespaceObject.resolve)(options.outDir);
    await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
    const fetchImpl = options.fetch ?? globalThis.fetch;
    return {
        options,
        ref: parseRepository(options.repository),
        client: createGitHubClient({ token: options.token, baseUrl: options.apiUrl, logger: options.logger, fetch: fetchImpl, ...options.client }),
        redactor: new Redactor({ patterns: options.redactPatterns, secrets: [options.token, ...(options.secrets ?? [])] }),
        dir,
        files: [],
        runs: [],
        downloads: [],
        schedule: pLimit(Math.max(1, options.concurrency ?? 4)),
    };
}
/** Writes one attempt's run.json, its selected jobs' job.json, and schedules their logs. Returns the selected jobs. */
async function collectAttempt(session, run, attempt, role, select) {
    const runDir = `${role.baseline ? 'baseline' : 'runs'}/${run.id}-${attempt}`;
    if (session.runs.some((known) => known.dir === runDir))
        return [];
    session.runs.push({
        id: run.id,
        attempt,
        dir: runDir,
        workflowId: run.workflow_id,
        workflowName: run.name ?? null,
        headSha: run.head_sha,
        headBranch: run.head_branch,
        event: run.event,
        conclusion: run.conclusion,
        htmlUrl: run.html_url,
        createdAt: run.created_at,
        baseline: role.baseline,
        ...(role.baselineFor !== undefined ? { baselineFor: role.baselineFor } : {}),
    });
    const common = { runId: run.id, attempt, headSha: run.head_sha, baseline: role.baseline };
    const runFile = plannedFile(session, `${runDir}/run.json`, { role: 'run', ...common, conclusion: run.conclusion });
    const listing = listJobs(session.client, session.ref, run.id, attempt);
    listing.catch(() => undefined); // handled below, once run.json is written; not an unhandled rejection meanwhile
    // The objects are redacted and written while the requests are on the wire.
    await writeJsonFile(session, runFile, run);
    const listed = await listing;
    const jobs = listed.filter(select);
    const slugs = new SlugAllocator('job').reserve('run.json');
    const logs = [];
    const jobFiles = [];
    for (const job of jobs) {
        const jobDir = `${runDir}/${slugs.next(job.name)}`;
        const jobFields = { ...common, jobId: job.id, jobName: job.name, conclusion: job.conclusion };
        jobFiles.push([plannedFile(session, `${jobDir}/job.json`, { role: 'job', ...jobFields }), job]);
        const entry = plannedFile(session, `${jobDir}/log.txt`, { role: 'job-log', ...jobFields });
        logs.push({ entry, job });
    }
    if (prefersRunZip(session.options.logSource ?? 'auto', logs.length, listed.length)) {
        session.downloads.push(collectFromRunZip(session, run.id, attempt, logs));
    }
    else {
        for (const log of logs)
            session.downloads.push(session.schedule(() => downloadInto(session, log)));
    }
    for (const [entry, job] of jobFiles)
        await writeJsonFile(session, entry, job);
    return jobs;
}
function downloadSettings(session) {
    const { options } = session;
    return {
        redactor: session.redactor,
        maxBytes: options.maxLogBytes ?? 512 * 1024 * 1024,
        logger: options.logger,
        fetch: options.fetch ?? globalThis.fetch,
        retryBaseMs: options.client?.retryBaseMs,
    };
}
async function downloadInto(session, { entry, job }) {
    try {
        const written = await downloadJobLog(session.client, { ...session.ref, jobId: job.id, path: (0,external_node_path_namespaceObject.join)(session.dir, entry.path) }, downloadSettings(session));
        Object.assign(entry, written, { via: 'job-logs' });
    }
    catch (error) {
        markMissing(session, entry, error);
    }
}
/**
 * Reads an attempt's job logs from its run-log zip (one download in place of one per job), then
 * fetches one by one the logs the zip could not give: no zip, an entry that cannot be matched
 * to its job for sure, or one that fails to inflate.
 */
async function collectFromRunZip(session, runId, attempt, logs) {
    const leftover = await session.schedule(() => extractFromRunZip(session, runId, attempt, logs));
    if (leftover.length > 0 && leftover.length < logs.length) {
        session.options.logger.info(`${leftover.length} of ${logs.length} job logs of run ${runId} attempt ${attempt} were not in its log zip; fetching them one by one.`);
    }
    await Promise.all(leftover.map((log) => session.schedule(() => downloadInto(session, log))));
}
/** Writes the logs found in the attempt's zip; returns those still to fetch. */
async function extractFromRunZip(session, runId, attempt, logs) {
    const settings = downloadSettings(session);
    const done = new Set();
    const byEntry = new Map();
    const pick = (names) => {
        const matches = matchZipEntries(names, logs.map(({ job }) => job));
        for (const log of logs) {
            const name = matches.get(log.job.id);
            if (name !== undefined)
                byEntry.set(name, log);
        }
        return new Set(byEntry.keys());
    };
    const read = async (name, open) => {
        const log = byEntry.get(name);
        try {
            const written = await writeRedacted(await open(), (0,external_node_path_namespaceObject.join)(session.dir, log.entry.path), session.redactor, settings.maxBytes);
            Object.assign(log.entry, written, { via: 'run-log-zip' });
            done.add(log);
        }
        catch (error) {
            if (error instanceof TooBigError) {
                markMissing(session, log.entry, error);
                done.add(log);
            }
            else {
                session.options.logger.debug(`run-log zip entry for job ${log.job.id} could not be read (${describeError(error)}); fetching the job's log instead`);
            }
        }
    };
    try {
        const parallel = session.options.concurrency ?? 4;
        await withRunLogZip(session.client, { ...session.ref, runId, attempt }, settings, (zipPath) => readZipEntries(zipPath, pick, read, parallel));
    }
    catch (error) {
        session.options.logger.info(`The log zip of run ${runId} attempt ${attempt} could not be used (${problemFrom(error).message}); fetching its ${logs.length - done.size} job logs one by one.`);
    }
    return logs.filter((log) => !done.has(log));
}
async function collectBaseline(session, run, jobNames) {
    let baseline;
    try {
        baseline = await findBaselineRun(session.client, session.ref, run);
    }
    catch (error) {
        session.options.logger.warning(`No baseline for run ${run.id}: ${describeError(error)}`);
        return;
    }
    if (!baseline) {
        session.options.logger.info(`No earlier successful run of workflow ${run.workflow_id} on ${run.head_branch ?? 'its branch'}; no baseline for run ${run.id}.`);
        return;
    }
    await collectAttempt(session, baseline, baseline.run_attempt ?? 1, { baseline: true, baselineFor: run.id }, (job) => jobNames.has(job.name));
}
async function collectWorkspaceFiles(session) {
    const { options, redactor } = session;
    const workspace = (0,external_node_path_namespaceObject.resolve)(options.workspace ?? process.cwd());
    const appLogs = await findAppLogs({ workspace, globs: options.appLogs ?? [], exclude: [session.dir], logger: options.logger });
    const maxBytes = options.maxLogBytes ?? 512 * 1024 * 1024;
    for (const file of appLogs) {
        await saveStream(session, { path: file.target, role: 'app-log', status: 'ok', redactions: {}, source: file.relativePath }, async (path) => writeRedacted(await openAppLog(file), path, redactor, maxBytes));
    }
    if ((options.gitCommits ?? 0) > 0) {
        await saveStream(session, { path: 'git/log.txt', role: 'git-log', status: 'ok', redactions: {} }, (path) => writeGitHistory(workspace, options.gitCommits ?? 0, path, redactor));
    }
    if (options.systemSnapshot) {
        const processes = options.systemSnapshot.processes;
        await saveStream(session, { path: 'system/snapshot.txt', role: 'system-snapshot', status: 'ok', redactions: {} }, async (path) => writeRedacted(external_node_stream_namespaceObject.Readable.from([Buffer.from(await systemSnapshot(workspace, processes))]), path, redactor));
    }
}
/** Lists a file in the manifest (in the order files are planned) before it is written. */
function plannedFile(session, path, fields) {
    const entry = { path, status: 'ok', ...fields, redactions: {} };
    session.files.push(entry);
    return entry;
}
/**
 * Writes an API object, redacted, into its planned file. It first lets the event loop send
 * what is queued (redacting a big object is CPU work that would hold requests back).
 */
async function writeJsonFile(session, entry, value) {
    await new Promise((resolve) => setImmediate(resolve));
    try {
        Object.assign(entry, await writeJson((0,external_node_path_namespaceObject.join)(session.dir, entry.path), redactJson(value, session.redactor, entry.redactions), entry.redactions));
    }
    catch (error) {
        markMissing(session, entry, error);
    }
}
async function saveStream(session, entry, write) {
    session.files.push(entry);
    try {
        Object.assign(entry, await write((0,external_node_path_namespaceObject.join)(session.dir, entry.path)));
    }
    catch (error) {
        markMissing(session, entry, error);
    }
}
function markMissing(session, entry, error) {
    entry.status = 'missing';
    entry.problem = problemFrom(error);
    const what = entry.role === 'job-log' && entry.jobName ? `log of job "${entry.jobName}" (run ${entry.runId} attempt ${entry.attempt})` : entry.path;
    session.options.logger.warning(`Missing ${what}: ${entry.problem.message}`);
}
async function finish(session) {
    const redactions = {};
    for (const file of session.files)
        addCounts(redactions, file.redactions);
    const written = session.files.filter((file) => file.status === 'ok');
    const manifest = {
        schemaVersion: MANIFEST_VERSION,
        tool: { name: 'prodfix-collect', version: COLLECTOR_VERSION },
        createdAt: new Date().toISOString(),
        repository: `${session.ref.owner}/${session.ref.repo}`,
        apiUrl: session.options.apiUrl ?? 'https://api.github.com',
        runs: session.runs,
        files: session.files,
        redactions,
        totals: {
            runs: session.runs.length,
            jobs: written.filter((file) => file.role === 'job-log').length,
            files: written.length,
            bytes: written.reduce((sum, file) => sum + (file.size ?? 0), 0),
            missing: session.files.length - written.length,
            redactions: totalRedactions(redactions),
        },
    };
    const manifestPath = (0,external_node_path_namespaceObject.join)(session.dir, 'manifest.json');
    const summaryPath = (0,external_node_path_namespaceObject.join)(session.dir, 'analysis_summary.txt');
    await (0,promises_namespaceObject.writeFile)(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    await (0,promises_namespaceObject.writeFile)(summaryPath, summaryText(manifest));
    return { dir: session.dir, manifestPath, summaryPath, manifest };
}
function range(from, to) {
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

;// CONCATENATED MODULE: ./packages/collect/src/index.ts












;// CONCATENATED MODULE: ./packages/cli/src/commands/collect.ts







const collect_HELP = `Usage: prodfix collect --repo <owner/name> (--run-id <n> | --workflow <w> …) --out <dir>

Downloads the logs of failed GitHub Actions jobs, redacted, with their run and job objects
and a manifest.json, into <dir>; then \`prodfix analyze <dir>\` explains them.
The token comes from GH_TOKEN or GITHUB_TOKEN (needs actions: read); it is never printed.

Options:
  --repo <owner/name>   repository (required)
  --run-id <n>          collect this run
  --workflow <w>        list runs of this workflow (file name such as ci.yml, or id)
  --branch <b>          list runs on this branch
  --event <e>           list runs triggered by this event (push, pull_request, …)
  --conclusion <c>      listed runs' conclusion (default failure; "any" for all)
  --since <date>        listed runs created at or after this ISO date
  --limit <n>           newest N listed runs (default 5)
  --all-attempts        every attempt of each run, not only the latest
  --all-jobs            every job, not only the failed ones
  --baseline            also collect the last successful run of the same workflow and branch
  --log-source <s>      job logs from "jobs" (one download each), "zip" (the run-log zip)
                        or "auto" (default: the zip once 2+ jobs and a quarter of them are wanted)
  --concurrency <n>     parallel log downloads (default 4)
  --out <dir>           folder to write (required)
  --api-url <url>       REST API root (default GITHUB_API_URL, else https://api.github.com)
  -h, --help            show this help

Exit codes: 0 done, 2 usage error (or no token), 70 internal error.`;
function collect_text(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/** Parses and validates `prodfix collect` arguments; undefined for `--help`. */
function parseCollectArgs(argv) {
    const { values, positionals } = parseCommandLine(argv, {
        repo: { type: 'string' },
        'run-id': { type: 'string' },
        workflow: { type: 'string' },
        branch: { type: 'string' },
        event: { type: 'string' },
        conclusion: { type: 'string' },
        since: { type: 'string' },
        limit: { type: 'string' },
        'all-attempts': { type: 'boolean' },
        'all-jobs': { type: 'boolean' },
        baseline: { type: 'boolean' },
        'log-source': { type: 'string' },
        concurrency: { type: 'string' },
        out: { type: 'string' },
        'api-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help === true)
        return undefined;
    if (positionals.length > 0)
        throw new ConfigurationError(`prodfix collect takes no positional arguments, got "${positionals[0]}" (see --help)`);
    const repository = collect_text(values.repo);
    if (repository === undefined || !/^[\w.-]+\/[\w.-]+$/.test(repository))
        throw new ConfigurationError('--repo OWNER/NAME is required (see --help)');
    const out = collect_text(values.out);
    if (out === undefined)
        throw new ConfigurationError('--out DIR is required: the folder to write the logs into');
    const runId = collect_text(values['run-id']);
    if (runId !== undefined && !/^\d+$/.test(runId))
        throw new ConfigurationError(`--run-id must be a run id (digits), got "${runId}"`);
    const since = collect_text(values.since);
    if (since !== undefined && Number.isNaN(Date.parse(since)))
        throw new ConfigurationError(`--since must be an ISO date such as 2024-05-01, got "${since}"`);
    const logSource = collect_text(values['log-source']) ?? 'auto';
    if (!LOG_SOURCES.includes(logSource))
        throw new ConfigurationError(`--log-source must be one of ${LOG_SOURCES.join(', ')}, got "${logSource}"`);
    const apiUrl = collect_text(values['api-url']);
    if (apiUrl !== undefined && !URL.canParse(apiUrl))
        throw new ConfigurationError(`--api-url must be a URL, got "${apiUrl}"`);
    return {
        repository,
        ...(runId !== undefined ? { runId: Number(runId) } : {}),
        workflow: collect_text(values.workflow),
        branch: collect_text(values.branch),
        event: collect_text(values.event),
        conclusion: collect_text(values.conclusion),
        since,
        limit: parse_positiveInteger('limit', values.limit),
        attempts: values['all-attempts'] === true ? 'all' : 'latest',
        jobs: values['all-jobs'] === true ? 'all' : 'failed',
        baseline: values.baseline === true,
        logSource: logSource,
        concurrency: parse_positiveInteger('concurrency', values.concurrency),
        out,
        apiUrl,
    };
}
/** The token from GH_TOKEN or GITHUB_TOKEN, or a one-line ConfigurationError. */
function tokenFrom(env) {
    const token = env.GH_TOKEN?.trim() || env.GITHUB_TOKEN?.trim();
    if (!token)
        throw new ConfigurationError('no token: set GH_TOKEN or GITHUB_TOKEN to a token that may read the repository\'s Actions (actions: read)');
    return token;
}
/** `prodfix collect`: collect-logs' collector from a terminal, into a folder `prodfix analyze` reads. */
const collectCommand = {
    name: 'collect',
    summary: 'download failed jobs\' logs from GitHub (redacted) into a folder',
    help: collect_HELP,
    async run(argv, io) {
        const options = parseCollectArgs(argv);
        if (!options) {
            io.stdout.write(`${collect_HELP}\n`);
            return ExitCode.ok;
        }
        const token = tokenFrom(io.env);
        const { out, apiUrl, ...selection } = options;
        const result = await collect({
            ...selection,
            token,
            apiUrl: apiUrl ?? (io.env.GITHUB_API_URL || 'https://api.github.com'),
            workspace: io.cwd,
            outDir: (0,external_node_path_namespaceObject.resolve)(io.cwd, out),
            logger: createCliLogger(io.stderr, { debug: debugEnabled(io.env), quiet: false }),
        });
        const { totals } = result.manifest;
        io.stdout.write(`Collected ${totals.runs} run attempt(s), ${totals.jobs} job log(s), ${totals.bytes} bytes into ${terminalSafe(result.dir)}` +
            ` (${totals.missing} missing, ${totalRedactions(result.manifest.redactions)} redaction(s)).\n` +
            `Next: prodfix analyze ${terminalSafe(out)}\n`);
        return ExitCode.ok;
    },
};

;// CONCATENATED MODULE: ./packages/cli/src/commands/mine-templates.ts







const mine_templates_HELP = `Usage: prodfix mine-templates <file>

Groups the lines of <file> into templates the way the analysis mines recurring patterns
(variables masked, then a Drain-style miner) and prints one cluster id per input line.
A tool for the evaluation harness (Loghub grouping accuracy); with --templates, prints
each cluster's id, size and template instead.`;
async function requireFile(cwd, path) {
    const target = (0,external_node_path_namespaceObject.resolve)(cwd, path);
    const info = await (0,promises_namespaceObject.stat)(target).catch(() => undefined);
    if (!info?.isFile())
        throw new ConfigurationError(`mine-templates: "${path}" is not a readable file`);
    return target;
}
/** Hidden `prodfix mine-templates <file>`: the core's template miner over a file's lines. */
const mineTemplatesCommand = {
    name: 'mine-templates',
    summary: 'print a template cluster id per line of a file (evaluation tool)',
    help: mine_templates_HELP,
    hidden: true,
    async run(argv, io) {
        const { values, positionals } = parseCommandLine(argv, {
            templates: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        });
        if (values.help === true) {
            io.stdout.write(`${mine_templates_HELP}\n`);
            return ExitCode.ok;
        }
        if (positionals.length !== 1)
            throw new ConfigurationError('mine-templates: give exactly one file (see --help)');
        const file = await requireFile(io.cwd, positionals[0]);
        const miner = new TemplateMiner();
        const ids = [];
        await readLines((0,external_node_fs_namespaceObject.createReadStream)(file), (text) => {
            ids.push(miner.add(maskVariables(text)));
        });
        if (values.templates === true) {
            const rows = miner.templates().map((t) => `${t.id}\t${t.count}\t${terminalSafe(t.template)}`);
            io.stdout.write(rows.length > 0 ? `${rows.join('\n')}\n` : '');
        }
        else {
            // Clusters may merge after a line joined one: report each line's final template.
            const finalIds = ids.map((id) => miner.templateId(id));
            io.stdout.write(finalIds.length > 0 ? `${finalIds.join('\n')}\n` : '');
        }
        return ExitCode.ok;
    },
};

;// CONCATENATED MODULE: ./packages/cli/src/commands/registry.ts



/** Every subcommand, in the order `prodfix --help` lists them. */
const COMMANDS = [analyzeCommand, collectCommand, mineTemplatesCommand];

;// CONCATENATED MODULE: ./packages/cli/src/help.ts
/** The `prodfix --help` text. */
function topLevelHelp(commands, version) {
    const visible = commands.filter((command) => !command.hidden);
    const width = Math.max(...visible.map((command) => command.name.length));
    return [
        `prodfix ${version}: investigate CI and production failures`,
        '',
        'Usage: prodfix <command> [options]',
        '',
        'Commands:',
        ...visible.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
        '',
        'Options:',
        '  -h, --help     show help (also: prodfix <command> --help)',
        '  -v, --version  print the version',
        '',
        'Examples: prodfix analyze logs/ --baseline passing.log --json report.json',
        '          GH_TOKEN=… prodfix collect --repo owner/name --run-id 123 --out run-logs && prodfix analyze run-logs',
        'Environment: NO_COLOR / FORCE_COLOR control colour; PRODFIX_DEBUG=1 shows debug messages and stacks.',
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/cli/src/io.ts
/**
 * The real process's streams, environment and working directory. A closed stdout pipe
 * (`prodfix analyze … | head`) ends the process quietly instead of crashing it.
 */
function processIo() {
    process.stdout.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
        process.exit(process.exitCode ?? 0);
    });
    return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

;// CONCATENATED MODULE: ./packages/cli/src/main.ts







async function dispatch(argv, io, commands) {
    const [first, ...rest] = argv;
    if (first === undefined) {
        io.stderr.write(`${topLevelHelp(commands, PRODFIX_VERSION)}\n`);
        return ExitCode.usage;
    }
    const helpFor = first === 'help' && rest[0] ? commands.find((candidate) => candidate.name === rest[0]) : undefined;
    if (helpFor) {
        io.stdout.write(`${helpFor.help}\n`);
        return ExitCode.ok;
    }
    if (first === '-h' || first === '--help' || first === 'help') {
        io.stdout.write(`${topLevelHelp(commands, PRODFIX_VERSION)}\n`);
        return ExitCode.ok;
    }
    if (first === '-v' || first === '--version') {
        io.stdout.write(`${PRODFIX_VERSION}\n`);
        return ExitCode.ok;
    }
    const command = commands.find((candidate) => candidate.name === first);
    if (!command) {
        throw new ConfigurationError(`unknown command "${first}"; commands: ${commands.filter((c) => !c.hidden).map((c) => c.name).join(', ')} (see prodfix --help)`);
    }
    return command.run(rest, io);
}
/**
 * Runs `prodfix` with these arguments (without `node` and the script) and returns the exit
 * code. Does nothing at import time; never calls `process.exit`, so tests run it in-process.
 * `commands` defaults to every prodfix subcommand.
 */
async function main(argv, io, commands = COMMANDS) {
    try {
        return await dispatch(argv, io, commands);
    }
    catch (error) {
        if (isConfigurationError(error)) {
            io.stderr.write(`prodfix: ${terminalSafe(describeError(error))}\n`);
            return ExitCode.usage;
        }
        io.stderr.write(`prodfix: internal error: ${terminalSafe(describeError(error))}\n`);
        if (debugEnabled(io.env) && error instanceof Error && error.stack)
            io.stderr.write(`${error.stack}\n`);
        else
            io.stderr.write('prodfix: this is a bug in prodfix; run again with PRODFIX_DEBUG=1 for the stack and report it\n');
        return ExitCode.internal;
    }
}


/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(698);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
