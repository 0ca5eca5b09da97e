// Every shortcode, registered by the plugin under the name it is exported with.
export { belopp, tal, procent } from "./value.ts";
