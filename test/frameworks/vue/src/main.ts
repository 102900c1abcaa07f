import 'refuge-widgets/all';
// Types the tags in templates (GlobalComponents); erased from the build.
import type {} from 'refuge-widgets/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
