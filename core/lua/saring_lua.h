/* Registry keys shared by the host and the `saring` module. */
#ifndef SARING_LUA_SARING_LUA_H
#define SARING_LUA_SARING_LUA_H

#define SR_PIPELINE_MT "saring.pipeline"
#define SR_REG_WORKER "saring.worker"     /* integer, from 1 */
#define SR_REG_WORKERS "saring.workers"   /* integer */
#define SR_REG_OPTIONS "saring.options"   /* table of the run's options */
#define SR_REG_PIPELINE "saring.the_pipeline"

#endif
