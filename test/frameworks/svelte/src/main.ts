import 'refuge-widgets/all';
// Types the tags in markup (svelte/elements); erased from the build.
import type {} from 'refuge-widgets/svelte';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
